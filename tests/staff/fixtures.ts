import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/auth/users";
import type { Actor, DataRole, Role } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export { loadDemoCatalogue } from "@/tests/helpers/demo-database";

export const YOUTH_SERVICE = "a9ecc781-7a5f-5cd9-93bc-86012e5f8612";
export const YOUTH_ORGANIZATION = "691d41cc-0120-52e8-8c3c-a9b3eb54f49a";
export const OTHER_ORGANIZATION = "98bd706c-0ed9-58d5-8d51-e8dce2359c6e";

// One scrypt hash per password and test process: each costs a tenth of a second or more of a core,
// and a suite makes hundreds of actors. lib/auth/password.test.ts tests the hashing itself.
const hashes = new Map<string, Promise<string>>();
function passwordHashOf(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

/**
 * Creates a user through the same path as `npm run user:create` and returns it as an actor.
 * The password's hash is made once per process and then stored on the account.
 */
export async function makeActor(prisma: PrismaClient, role: Role, organizationId?: string, password = "een-lang-wachtwoord", extraRoles: DataRole[] = []): Promise<Actor> {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.nl`;
  const created = await createUser(prisma, { email, name: `Test ${role}`, role, organizationId, extraRoles });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  await prisma.user.update({ where: { id: created.id }, data: { passwordHash: await passwordHashOf(password) } });
  return { id: created.id, email, name: `Test ${role}`, role, extraRoles, organizationId: organizationId ?? null, teamId: null, sessionId: "test", pending: null };
}

export async function serviceWithStatus(prisma: PrismaClient, status: "inactive" | "defunct" | "temporarily_closed") {
  const service = await prisma.service.findFirst({ where: { status }, select: { id: true } });
  if (!service) throw new Error(`no ${status} service in the demo catalogue`);
  return service.id;
}

export function handoverValues(overrides: Record<string, unknown> = {}) {
  return {
    serviceId: YOUTH_SERVICE,
    supporterId: "",
    residentName: "Fatma Yılmaz",
    residentPhone: "06 12345678",
    residentEmail: "",
    preferredContact: "phone",
    question: "Mijn zoon krijgt geen plek bij jeugdhulp en ik weet niet wat ik moet doen.",
    consent: "yes",
    idempotencyKey: crypto.randomUUID(),
    ...overrides,
  };
}
