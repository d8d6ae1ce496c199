-- CreateEnum
CREATE TYPE "CatalogueRecordKind" AS ENUM ('municipality', 'taxonomy', 'organization', 'location', 'service');

-- CreateEnum
CREATE TYPE "ChangeOrigin" AS ENUM ('editor', 'provider', 'import');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ErrorReportStatus" ADD VALUE 'resolved';
ALTER TYPE "ErrorReportStatus" ADD VALUE 'dismissed';

-- AlterTable
ALTER TABLE "ErrorReport" ADD COLUMN     "resolution" TEXT;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "assuredByUserId" UUID,
ADD COLUMN     "closedReason" JSONB,
ADD COLUMN     "reopensOn" DATE;

-- CreateTable
CREATE TABLE "CatalogueDraft" (
    "id" UUID NOT NULL,
    "kind" "CatalogueRecordKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "baseVersion" INTEGER,
    "base" JSONB,
    "data" JSONB NOT NULL,
    "origin" "ChangeOrigin" NOT NULL DEFAULT 'editor',
    "restoredFrom" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdByUserId" UUID,
    "updatedByUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogueDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueChange" (
    "id" UUID NOT NULL,
    "kind" "CatalogueRecordKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "origin" "ChangeOrigin" NOT NULL,
    "userId" UUID,
    "userName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fields" JSONB NOT NULL,
    "snapshot" JSONB,

    CONSTRAINT "CatalogueChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogueDraft_updatedAt_idx" ON "CatalogueDraft"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueDraft_kind_recordId_key" ON "CatalogueDraft"("kind", "recordId");

-- CreateIndex
CREATE INDEX "CatalogueChange_kind_recordId_createdAt_idx" ON "CatalogueChange"("kind", "recordId", "createdAt");

-- CreateIndex
CREATE INDEX "CatalogueChange_origin_createdAt_idx" ON "CatalogueChange"("origin", "createdAt");

-- CreateIndex
CREATE INDEX "CatalogueChange_createdAt_idx" ON "CatalogueChange"("createdAt");
