import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeAuthor, RecordedChange } from "../interchange/history";
import { bumpCatalogueRevision } from "../revision";
import type { FieldChange, RecordValue } from "./field-changes";

/**
 * The one way to record a change of a service's portal-only fields (a closure's reason and
 * date of return, a cancelled walk-in date: facts the interchange form does not carry) in
 * the catalogue's history, in the caller's transaction.
 *
 * When the same save also published interchange fields (`merged` holds that record's
 * change: closing sets the status too), the portal fields join that history line and its
 * version; the writer already raised the revision. Otherwise the service gets a version
 * more, a line of its own (snapshot: the record as published, unchanged) and the catalogue
 * one revision more, so every server shows it at once.
 */
export async function recordPortalChange(
  tx: Prisma.TransactionClient,
  change: { serviceId: string; fields: FieldChange[]; author: ChangeAuthor; snapshot: RecordValue; merged: readonly RecordedChange[] },
): Promise<number | undefined> {
  if (change.fields.length === 0) return undefined;
  const joined = change.merged.find((c) => c.kind === "service" && c.recordId === change.serviceId);
  if (joined) {
    const line = await tx.catalogueChange.findFirst({ where: { kind: "service", recordId: change.serviceId, version: joined.version }, orderBy: { createdAt: "desc" } });
    if (line) {
      const fields = [...(line.fields as FieldChange[]), ...change.fields];
      await tx.catalogueChange.update({ where: { id: line.id }, data: { fields: fields as unknown as Prisma.InputJsonValue } });
      joined.fields.push(...change.fields);
      return joined.version;
    }
  }
  const { version } = await tx.service.update({ where: { id: change.serviceId }, data: { version: { increment: 1 } }, select: { version: true } });
  await tx.catalogueChange.create({
    data: {
      kind: "service", recordId: change.serviceId, version, origin: change.author.origin, userId: change.author.userId, userName: change.author.userName,
      fields: change.fields as unknown as Prisma.InputJsonValue, snapshot: change.snapshot as Prisma.InputJsonValue,
    },
  });
  if (!joined) await bumpCatalogueRevision(tx);
  return version;
}
