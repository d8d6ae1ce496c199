-- CreateEnum
CREATE TYPE "DeclineCode" AS ENUM ('no_capacity', 'not_our_help', 'outside_area', 'other');

-- AlterTable
ALTER TABLE "ContactRequest" ADD COLUMN     "declineCode" "DeclineCode";

-- Requests declined before the kinds existed count as "something else".
UPDATE "ContactRequest" SET "declineCode" = 'other' WHERE "declinedAt" IS NOT NULL;
