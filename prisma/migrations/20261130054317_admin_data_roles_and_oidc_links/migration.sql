-- AlterTable
ALTER TABLE "User" ADD COLUMN     "extraRoles" "Role"[] DEFAULT ARRAY[]::"Role"[];

-- CreateTable
CREATE TABLE "OidcLinkRequest" (
    "userId" UUID NOT NULL,
    "oidcIssuer" TEXT NOT NULL,
    "oidcSubject" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcLinkRequest_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OidcLinkRequest_oidcIssuer_oidcSubject_key" ON "OidcLinkRequest"("oidcIssuer", "oidcSubject");

-- AddForeignKey
ALTER TABLE "OidcLinkRequest" ADD CONSTRAINT "OidcLinkRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
