import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import { listOrganizations, organizationExists } from "@/lib/catalogue/service-summary";
import { hashPassword } from "./password";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-rules";
import { DATA_ROLES, ROLES } from "./roles";
import { normaliseEmail } from "./sign-in";
import { doesStaffWork } from "./teams";

export { MIN_PASSWORD_LENGTH };

/** A new password: long enough, and not on the list of common and breached ones (lib/auth/password-rules.ts). */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "password" })
  .max(MAX_PASSWORD_LENGTH, { error: "password" })
  .refine((password) => passwordProblem(password) !== "common", { error: "passwordCommon" });

/** One schema for an account, used by `npm run user:create` and the admin page alike. */
export const newUserSchema = z
  .object({
    email: z.string().trim().max(200).pipe(z.email({ error: "email" })).transform(normaliseEmail),
    name: z.string().trim().min(1, { error: "name" }).max(200, { error: "name" }),
    role: z.enum(ROLES, { error: "role" }),
    organizationId: z.uuid({ error: "organization" }).optional(),
    /** The wijkteam of an account that does staff work (lib/auth/teams.ts). */
    teamId: z.uuid({ error: "team" }).optional(),
    password: newPasswordSchema.optional(),
    /** Data roles an admin also holds; the admin role alone reads no resident's personal data. */
    extraRoles: z.array(z.enum(DATA_ROLES, { error: "extraRoles" })).default([]).transform((roles) => [...new Set(roles)]),
  })
  .refine((user) => user.role === "admin" || user.extraRoles.length === 0, { path: ["extraRoles"], error: "extraRoles" })
  .refine((user) => user.teamId === undefined || doesStaffWork(user), { path: ["teamId"], error: "teamNotStaff" })
  .refine((user) => user.role !== "provider" || user.organizationId !== undefined, {
    path: ["organizationId"],
    error: "organization",
  });

export type NewUser = z.input<typeof newUserSchema>;

export type CreateUserResult =
  | { ok: true; id: string; email: string; role: string }
  | { ok: false; errors: Record<string, string> };

export async function createUser(prisma: PrismaClient, input: unknown, actorUserId: string | null = null): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, errors };
  }
  const data = parsed.data;
  if (data.organizationId && !(await organizationExists(prisma, data.organizationId))) {
    return { ok: false, errors: { organizationId: "organization" } };
  }
  if (data.teamId && (await prisma.team.count({ where: { id: data.teamId } })) === 0) return { ok: false, errors: { teamId: "team" } };
  if (await prisma.user.findUnique({ where: { email: data.email } })) return { ok: false, errors: { email: "taken" } };
  const user = await prisma.user.create({
    data: {
      email: data.email,
      name: data.name,
      role: data.role,
      extraRoles: data.extraRoles,
      organizationId: data.role === "provider" ? data.organizationId : null,
      teamId: data.teamId ?? null,
      passwordHash: data.password ? await hashPassword(data.password) : null,
    },
  });
  await audit(prisma, { actorUserId, action: "user.create", subjectType: "User", subjectId: user.id, details: { role: user.role, extraRoles: user.extraRoles, teamId: user.teamId } });
  return { ok: true, id: user.id, email: user.email, role: user.role };
}

/** Every account, with the name of a provider's organization (from the catalogue). */
export async function listUsers(prisma: PrismaClient) {
  const [users, organizations] = await Promise.all([
    prisma.user.findMany({
      select: { id: true, email: true, name: true, role: true, extraRoles: true, disabledAt: true, organizationId: true, teamId: true, team: { select: { name: true } } },
      orderBy: [{ role: "asc" }, { email: "asc" }],
    }),
    listOrganizations(prisma),
  ]);
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  return users.map(({ organizationId, team, ...user }) => ({
    ...user,
    organizationName: organizationId ? (names.get(organizationId) ?? null) : null,
    teamName: team?.name ?? null,
    staffWork: doesStaffWork(user),
  }));
}

/** Disabling also ends every session of the account. */
export async function setUserDisabled(prisma: PrismaClient, userId: string, disabled: boolean, actorUserId: string) {
  const updated = await prisma.user.updateMany({
    where: { id: userId },
    data: { disabledAt: disabled ? new Date() : null, version: { increment: 1 } },
  });
  if (updated.count === 0) return false;
  if (disabled) await prisma.session.deleteMany({ where: { userId } });
  await audit(prisma, { actorUserId, action: disabled ? "user.disable" : "user.enable", subjectType: "User", subjectId: userId });
  return true;
}

/** The names of some accounts by id (for "who" on the editor's dashboard); unknown ids are left out. */
export async function userNames(prisma: PrismaClient, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}
