import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { noteCatalogueChanged } from "../freshness";
import type { Problem } from "../interchange/problems";
import type { PostedFields } from "./form-record";
import { EDIT_TRANSACTION, mergeRecords, type ChangeAuthor } from "./merge";
import { publishedRecord, recordsDocumentOf } from "./records";

/**
 * Deleting a service: it becomes `defunct`, never a hard delete. The row stays for its
 * history and for the contact requests that refer to it; residents no longer see it
 * (lib/catalogue/visibility.ts). Published like any change (mergeRecords: a new version,
 * a line in the history, the search index and the catalogue revision), from the version
 * the editor saw, so a double submit or a change meanwhile never retires unseen.
 */
export type RetireResult =
  | { ok: true; changed: boolean }
  | { ok: false; refused: "gone" | "stale" }
  | { ok: false; problems: Problem[] };

export async function retireService(prisma: PrismaClient, input: { serviceId: string; recordVersion: number; author: ChangeAuthor }): Promise<RetireResult> {
  const result = await prisma.$transaction(async (tx): Promise<RetireResult> => {
    const published = await publishedRecord(tx, "service", input.serviceId);
    if (!published) return { ok: false, refused: "gone" };
    // Already retired (a second click, the back button): nothing more to do.
    if (published.record.status === "defunct") return { ok: true, changed: false };
    if (published.version !== input.recordVersion) return { ok: false, refused: "stale" };
    const merged = await mergeRecords(tx, recordsDocumentOf("service", [{ ...published.record, status: "defunct" }]), input.author);
    return merged.ok ? { ok: true, changed: merged.changes.length > 0 } : merged;
  }, EDIT_TRANSACTION);
  if (result.ok && result.changed) noteCatalogueChanged();
  return result;
}

const retireForm = z.object({
  serviceId: z.uuid(),
  recordVersion: z.coerce.number().int().min(1).max(2_147_483_647),
  confirm: z.literal("ja"),
});

/** `ok` says the form could be read; `confirmed` false when the confirmation box was left empty (nothing changed). */
export type RetireStep = { ok: true; serviceId: string; confirmed: false } | { ok: true; serviceId: string; confirmed: true; result: RetireResult } | { ok: false };

/** The retire form's post: serviceId, recordVersion and the ticked confirmation (`confirm=ja`). */
export async function retireFromForm(prisma: PrismaClient, author: ChangeAuthor, fields: PostedFields): Promise<RetireStep> {
  const first = (name: string) => fields[name]?.[0] ?? "";
  const serviceId = z.uuid().safeParse(first("serviceId").toLowerCase());
  if (!serviceId.success) return { ok: false };
  const parsed = retireForm.safeParse({ serviceId: serviceId.data, recordVersion: first("recordVersion"), confirm: first("confirm") });
  if (!parsed.success) return { ok: true, serviceId: serviceId.data, confirmed: false };
  return { ok: true, serviceId: serviceId.data, confirmed: true, result: await retireService(prisma, { serviceId: serviceId.data, recordVersion: parsed.data.recordVersion, author }) };
}
