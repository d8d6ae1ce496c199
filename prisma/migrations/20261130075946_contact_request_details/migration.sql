-- CreateEnum
CREATE TYPE "CallMoment" AS ENUM ('morning', 'afternoon', 'evening');

-- AlterTable
ALTER TABLE "ContactRequest" ADD COLUMN     "callMoments" "CallMoment"[] DEFAULT ARRAY[]::"CallMoment"[],
ADD COLUMN     "interpreter" BOOLEAN,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "safeToCall" BOOLEAN,
ADD COLUMN     "safeToMessage" BOOLEAN,
ADD COLUMN     "sharedAnswers" TEXT;
