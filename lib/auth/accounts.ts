import "server-only";
import { getPrisma } from "@/lib/db/client";
import { listMunicipalityNames, listOrganizations } from "@/lib/catalogue/service-summary";
import { env } from "@/lib/env";
import { mailNoticesOn } from "./mail-notices";
import { listLinkRequests } from "./oidc-links";
import { securityLog, type SecurityLogQuery } from "./security-log";
import { enrolmentSecret, recoveryCodesLeft } from "./second-factor";
import { otpauthUri } from "./totp";
import { listTeams } from "./teams";
import { listUsers, userNames } from "./users";

/** The administrators' accounts page: every account, the organizations a provider account can belong to, the teams (and municipalities a team can serve), and links waiting for confirmation. */
export async function accountsOverview() {
  const prisma = await getPrisma();
  const [users, organizations, linkRequests, teams, municipalities] = await Promise.all([
    listUsers(prisma),
    listOrganizations(prisma),
    listLinkRequests(prisma),
    listTeams(prisma),
    listMunicipalityNames(prisma),
  ]);
  return { users, organizations, linkRequests, teams, municipalities };
}

/** What the user's own account page shows about signing in. */
export async function ownAccountSecurity(userId: string) {
  const prisma = await getPrisma();
  const [user, codesLeft] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpEnabledAt: true } }),
    recoveryCodesLeft(prisma, userId),
  ]);
  return { hasPassword: user.passwordHash !== null, secondFactorOn: user.totpEnabledAt !== null, codesLeft };
}

/** A provider's choice of a mail on every new request, and whether the portal sends mail at all (SMTP_URL). */
export async function ownMailNotices(userId: string) {
  return { on: await mailNoticesOn(await getPrisma(), userId), mailSent: env().smtp !== undefined };
}

/** The enrolment page: the secret (as text and as the otpauth address for the QR code), or null when already on. */
export async function secondFactorEnrolment(actor: { id: string; email: string }, issuer: string) {
  const secret = await enrolmentSecret(await getPrisma(), actor.id);
  return secret ? { secret, uri: otpauthUri(secret, actor.email, issuer) } : null;
}

export async function readSecurityLog(query: SecurityLogQuery) {
  return securityLog(await getPrisma(), query);
}

/** Account names by id, for pages that show who did something (the drafts list). */
export async function accountNames(ids: readonly string[]): Promise<Map<string, string>> {
  return userNames(await getPrisma(), ids);
}
