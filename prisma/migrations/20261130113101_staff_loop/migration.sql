-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('supported', 'unreachable', 'no_longer_wanted', 'referred_elsewhere', 'other');

-- CreateEnum
CREATE TYPE "ContactEventKind" AS ENUM ('created', 'opened', 'accepted', 'declined', 'contacted', 'closed', 'assigned', 'taken_over', 'reconnected', 'overdue');

-- AlterEnum
ALTER TYPE "ContactStatus" ADD VALUE 'opened';

-- AlterTable
ALTER TABLE "ContactRequest" ADD COLUMN     "assignedSupporterId" UUID,
ADD COLUMN     "handledByUserId" UUID,
ADD COLUMN     "openedAt" TIMESTAMP(3),
ADD COLUMN     "outcome" "ContactOutcome",
ADD COLUMN     "outcomeText" TEXT,
ADD COLUMN     "overdueNoticeAt" TIMESTAMP(3),
ADD COLUMN     "previousRequestId" UUID,
ADD COLUMN     "teamId" UUID,
ADD COLUMN     "urgencyReason" TEXT,
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailNotices" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "teamId" UUID;

-- CreateTable
CREATE TABLE "ContactRequestEvent" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "ContactEventKind" NOT NULL,
    "actorUserId" UUID,
    "actorName" TEXT,
    "detail" TEXT,

    CONSTRAINT "ContactRequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "topic" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactRequestEvent_requestId_at_idx" ON "ContactRequestEvent"("requestId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Team_name_key" ON "Team"("name");

-- CreateIndex
CREATE INDEX "MailOutbox_sentAt_nextAttemptAt_idx" ON "MailOutbox"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "ContactRequest_handledByUserId_idx" ON "ContactRequest"("handledByUserId");

-- CreateIndex
CREATE INDEX "ContactRequest_teamId_createdAt_idx" ON "ContactRequest"("teamId", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_handledByUserId_fkey" FOREIGN KEY ("handledByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_previousRequestId_fkey" FOREIGN KEY ("previousRequestId") REFERENCES "ContactRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequestEvent" ADD CONSTRAINT "ContactRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ContactRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequestEvent" ADD CONSTRAINT "ContactRequestEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing handovers are followed up by their makers, and their timelines start with their making.
UPDATE "ContactRequest" SET "handledByUserId" = "createdByUserId" WHERE "createdByUserId" IS NOT NULL;
INSERT INTO "ContactRequestEvent" ("id", "requestId", "at", "kind", "actorUserId")
SELECT gen_random_uuid(), "id", "createdAt", 'created', "createdByUserId" FROM "ContactRequest";
