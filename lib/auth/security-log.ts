import "server-only";
import { z } from "zod";
import { urlParams } from "@/lib/catalogue/url-params";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { SECURITY_ACTIONS, SECURITY_KINDS, type SecurityKind } from "./security-events";

/** The admins' view of the security log (/beheer/logboek): newest first, filtered by kind and account, a page at a time. */
export const SECURITY_LOG_PAGE_SIZE = 50;

export const securityLogQuerySchema = z.object({
  soort: z.enum(Object.keys(SECURITY_KINDS) as [SecurityKind, ...SecurityKind[]]).optional().catch(undefined),
  account: z.uuid().optional().catch(undefined),
  pagina: urlParams.pagina.catch(1).default(1),
});
export type SecurityLogQuery = z.infer<typeof securityLogQuerySchema>;

export type SecurityLogEntry = {
  id: string;
  at: Date;
  action: string;
  kind: SecurityKind;
  /** The account the event is about; null for an attempt at an account that does not exist. */
  subject: { id: string; email: string } | null;
  /** Who did it: the account itself, the system (a failed attempt, the identity provider), or another account's e-mail address (an admin). */
  by: { self: true } | { system: true } | { email: string };
  details: Record<string, string | number | boolean>;
};

const kindOf = (action: string): SecurityKind =>
  (Object.entries(SECURITY_KINDS).find(([, actions]) => (actions as readonly string[]).includes(action))?.[0] as SecurityKind) ?? "signIn";

export async function securityLog(prisma: PrismaClient, query: SecurityLogQuery) {
  const where: Prisma.AuditEventWhereInput = {
    action: { in: query.soort ? [...SECURITY_KINDS[query.soort]] : [...SECURITY_ACTIONS] },
    ...(query.account ? { subjectType: "User", subjectId: query.account } : {}),
  };
  const [total, events, accounts] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (query.pagina - 1) * SECURITY_LOG_PAGE_SIZE, take: SECURITY_LOG_PAGE_SIZE }),
    prisma.user.findMany({ select: { id: true, email: true }, orderBy: { email: "asc" } }),
  ]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const entries: SecurityLogEntry[] = events.map((event) => {
    const subject = byId.get(event.subjectId) ?? null;
    const actor = event.actorUserId ? byId.get(event.actorUserId) : undefined;
    const by = !event.actorUserId ? { system: true as const } : event.actorUserId === event.subjectId ? { self: true as const } : { email: actor?.email ?? event.actorUserId };
    const details = event.details && typeof event.details === "object" && !Array.isArray(event.details) ? (event.details as SecurityLogEntry["details"]) : {};
    return { id: event.id, at: event.at, action: event.action, kind: kindOf(event.action), subject, by, details };
  });
  return { entries, total, pages: Math.max(1, Math.ceil(total / SECURITY_LOG_PAGE_SIZE)), accounts };
}

/** The address of a page of the log with these filters. */
export function securityLogHref(query: SecurityLogQuery, pagina: number): string {
  const params = new URLSearchParams();
  if (query.soort) params.set("soort", query.soort);
  if (query.account) params.set("account", query.account);
  if (pagina > 1) params.set("pagina", String(pagina));
  const text = params.toString();
  return `/beheer/logboek${text ? `?${text}` : ""}`;
}
