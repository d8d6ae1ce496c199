-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('voice', 'text', 'video', 'textphone');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('active', 'inactive', 'defunct', 'temporarily closed');

-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('physical', 'virtual');

-- CreateEnum
CREATE TYPE "ScheduleFrequency" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateTable
CREATE TABLE "Municipality" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "uri" TEXT,
    "accessTeamName" JSONB,
    "accessTeamPhone" TEXT,
    "accessTeamWebsite" TEXT,
    "accessTeamDescription" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Taxonomy" (
    "id" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Taxonomy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "id" UUID NOT NULL,
    "taxonomyId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "parentCode" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxonomyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "alternateName" TEXT,
    "description" JSONB,
    "email" TEXT,
    "website" TEXT,
    "legalStatus" TEXT,
    "isCareProvider" BOOLEAN NOT NULL,
    "isAccessTeam" BOOLEAN NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationIdentifier" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "scheme" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganizationIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "serviceId" UUID,
    "number" TEXT NOT NULL,
    "type" "PhoneType",
    "description" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "status" "ServiceStatus" NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "applicationProcess" JSONB,
    "feesDescription" JSONB,
    "eligibilityDescription" JSONB,
    "minimumAge" INTEGER,
    "maximumAge" INTEGER,
    "assuredDate" DATE,
    "assurerEmail" TEXT,
    "languages" TEXT[],
    "handlesComplex" BOOLEAN NOT NULL,
    "acceptingNewClients" BOOLEAN,
    "waitingDays" INTEGER,
    "backupServiceId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceArea" (
    "serviceId" UUID NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceArea_pkey" PRIMARY KEY ("serviceId","municipalityCode")
);

-- CreateTable
CREATE TABLE "ServiceAttribute" (
    "serviceId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceAttribute_pkey" PRIMARY KEY ("serviceId","termId")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "locationType" "LocationType" NOT NULL,
    "url" TEXT,
    "description" JSONB,
    "address1" TEXT,
    "address2" TEXT,
    "city" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "transportation" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocationAccessibility" (
    "id" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "description" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LocationAccessibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "description" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceAtLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" UUID NOT NULL,
    "serviceAtLocationId" UUID NOT NULL,
    "freq" "ScheduleFrequency",
    "byday" TEXT,
    "opensAt" TEXT,
    "closesAt" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "description" JSONB,
    "notes" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supporter" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "bio" JSONB,
    "languages" TEXT[],
    "photo" TEXT,
    "gender" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Supporter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupporterLivedExperience" (
    "supporterId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SupporterLivedExperience_pkey" PRIMARY KEY ("supporterId","termId")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyTerm_taxonomyId_code_key" ON "TaxonomyTerm"("taxonomyId", "code");

-- CreateIndex
CREATE INDEX "OrganizationIdentifier_organizationId_idx" ON "OrganizationIdentifier"("organizationId");

-- CreateIndex
CREATE INDEX "Phone_organizationId_idx" ON "Phone"("organizationId");

-- CreateIndex
CREATE INDEX "Phone_serviceId_idx" ON "Phone"("serviceId");

-- CreateIndex
CREATE INDEX "Service_organizationId_idx" ON "Service"("organizationId");

-- CreateIndex
CREATE INDEX "Service_status_idx" ON "Service"("status");

-- CreateIndex
CREATE INDEX "ServiceArea_municipalityCode_idx" ON "ServiceArea"("municipalityCode");

-- CreateIndex
CREATE INDEX "ServiceAttribute_termId_idx" ON "ServiceAttribute"("termId");

-- CreateIndex
CREATE INDEX "LocationAccessibility_locationId_idx" ON "LocationAccessibility"("locationId");

-- CreateIndex
CREATE INDEX "ServiceAtLocation_serviceId_idx" ON "ServiceAtLocation"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceAtLocation_locationId_idx" ON "ServiceAtLocation"("locationId");

-- CreateIndex
CREATE INDEX "Schedule_serviceAtLocationId_idx" ON "Schedule"("serviceAtLocationId");

-- CreateIndex
CREATE INDEX "Supporter_serviceId_idx" ON "Supporter"("serviceId");

-- AddForeignKey
ALTER TABLE "TaxonomyTerm" ADD CONSTRAINT "TaxonomyTerm_taxonomyId_fkey" FOREIGN KEY ("taxonomyId") REFERENCES "Taxonomy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationIdentifier" ADD CONSTRAINT "OrganizationIdentifier_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_backupServiceId_fkey" FOREIGN KEY ("backupServiceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAttribute" ADD CONSTRAINT "ServiceAttribute_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAttribute" ADD CONSTRAINT "ServiceAttribute_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationAccessibility" ADD CONSTRAINT "LocationAccessibility_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supporter" ADD CONSTRAINT "Supporter_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterLivedExperience" ADD CONSTRAINT "SupporterLivedExperience_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "Supporter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterLivedExperience" ADD CONSTRAINT "SupporterLivedExperience_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
