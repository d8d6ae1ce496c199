import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import { municipalityExists } from "@/lib/catalogue/service-summary";
import { isId } from "@/lib/catalogue/ids";
import { securityEvent } from "./security-events";
import { hasRole, type Actor, type Role } from "./roles";

/**
 * Wijkteams: colleagues in one team see each other's handovers and may take one over
 * (lib/contact-requests/access.ts, take-over.ts). Only staff accounts are put in a team.
 */
export const newTeamSchema = z.object({
  name: z.string().trim().min(1, { error: "teamName" }).max(100, { error: "teamName" }),
  municipalityCode: z
    .string()
    .trim()
    .max(20, { error: "municipality" })
    .transform((code) => code || undefined)
    .optional(),
});

export type TeamResult = { ok: true; id: string; name: string } | { ok: false; errors: Record<string, string> };

export async function createTeam(prisma: PrismaClient, input: unknown, actorUserId: string): Promise<TeamResult> {
  const parsed = newTeamSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, errors };
  }
  const { name, municipalityCode } = parsed.data;
  if (municipalityCode && !(await municipalityExists(prisma, municipalityCode))) return { ok: false, errors: { municipalityCode: "municipality" } };
  if (await prisma.team.findFirst({ where: { name: { equals: name, mode: "insensitive" } } })) return { ok: false, errors: { name: "teamTaken" } };
  try {
    const team = await prisma.team.create({ data: { name, municipalityCode: municipalityCode ?? null } });
    await audit(prisma, { actorUserId, action: "team.create", subjectType: "Team", subjectId: team.id, details: { municipalityCode: municipalityCode ?? null } });
    return { ok: true, id: team.id, name: team.name };
  } catch (error) {
    // Two admins naming a team at once: the unique name decides.
    if ((error as { code?: string }).code === "P2002") return { ok: false, errors: { name: "teamTaken" } };
    throw error;
  }
}

/** Every team by name, with how many accounts are in it. */
export async function listTeams(prisma: PrismaClient) {
  const teams = await prisma.team.findMany({ select: { id: true, name: true, municipalityCode: true, _count: { select: { users: true } } }, orderBy: { name: "asc" } });
  return teams.map(({ _count, ...team }) => ({ ...team, members: _count.users }));
}

/** Whether an account does staff work (a staff account, or an admin who also holds the staff role). */
export function doesStaffWork(user: { role: Role; extraRoles: readonly Role[] }): boolean {
  // hasRole looks at the roles only (and the steps of signing in, none here).
  return hasRole({ ...user, pending: null } as Actor, ["staff"]);
}

/** Puts a staff account in a team (teamId "" or null: in no team). False when the account or team is unknown or the account does no staff work. */
export async function setUserTeam(prisma: PrismaClient, input: { userId: string; teamId: string | null }, actorUserId: string): Promise<boolean> {
  if (!isId(input.userId)) return false;
  const teamId = input.teamId || null;
  if (teamId !== null && (!isId(teamId) || (await prisma.team.count({ where: { id: teamId } })) === 0)) return false;
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { role: true, extraRoles: true } });
  if (!user || (teamId !== null && !doesStaffWork(user))) return false;
  await prisma.user.update({ where: { id: input.userId }, data: { teamId, version: { increment: 1 } } });
  await securityEvent(prisma, { action: "user.team", userId: input.userId, actorUserId, details: { teamId: teamId ?? "none" } });
  return true;
}
