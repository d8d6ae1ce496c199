-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "cancelledDates" DATE[] DEFAULT ARRAY[]::DATE[];
