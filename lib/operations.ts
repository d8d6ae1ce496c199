import { runExport, runImport } from "@/lib/catalogue/interchange/operations";
import { createUser } from "@/lib/auth/users";
import { purgePersonalData } from "@/lib/contact-requests/retention";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Work that another process may hand to the owner of the embedded database
 * (see lib/db/owner.ts). Payloads and results are plain JSON.
 */
export type Operation = (prisma: PrismaClient, payload: unknown) => Promise<unknown>;

const table = {
  /** Migrations are applied when the owner opens the database; this reports the applied state. */
  "db.status": async (prisma) => {
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations where finished_at is not null order by migration_name`;
    return { migrations: rows.map((r) => r.migration_name) };
  },
  "catalogue.import": runImport,
  "catalogue.export": runExport,
  "users.create": (prisma, payload) => createUser(prisma, payload),
  "contact.purge": (prisma, payload) => purgePersonalData(prisma, Number((payload as { days: number }).days)),
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof table;

export const operations: Record<OperationName, Operation> = table;
