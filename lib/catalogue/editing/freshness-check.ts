import { z } from "zod";
import { dutchDay } from "@/lib/calendar/working-days";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { checkLimitDay } from "../check-limit";
import { noteCatalogueChanged } from "../freshness";
import { isId } from "../ids";
import { localise, type LocalisedText } from "../localise";
import { EDIT_TRANSACTION, mergeRecords } from "./merge";
import { publishedRecord, recordsDocumentOf } from "./records";

/**
 * "Gecontroleerd, klopt nog": an editor says a service's information is still correct,
 * without changing it. Its `assured_date` becomes today (a Dutch calendar day) and its
 * `assurer_email` the editor's address, published through the importer's writer like
 * every other change (a new version, a line in the history with who and when, a new
 * catalogue revision); the portal's own `assuredByUserId` is set in the same transaction.
 */
export const checkInputSchema = z.object({
  serviceId: z.string().refine(isId).transform((id) => id.toLowerCase()),
  version: z.coerce.number().int().min(1),
});

export type Checker = { id: string; email: string; name: string };

export type CheckResult =
  | { ok: true; assuredDate: string; name: LocalisedText | undefined }
  | { ok: false; reason: "missing" | "changed" | "invalid" };

export async function markServiceChecked(prisma: PrismaClient, checker: Checker, input: unknown, now = new Date()): Promise<CheckResult> {
  const parsed = checkInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "missing" };
  const { serviceId, version } = parsed.data;
  const today = dutchDay(now);
  const result = await prisma.$transaction(async (tx): Promise<CheckResult & { changed?: boolean }> => {
    const published = await publishedRecord(tx, "service", serviceId);
    if (!published || published.record.status === "defunct") return { ok: false, reason: "missing" };
    const name = localise(published.record.name, "nl");
    if (published.version !== version) {
      // A second post of the same form (double click, back button) finds its own check: fine.
      const mine = await tx.service.findUnique({ where: { id: serviceId }, select: { assuredByUserId: true } });
      const again = published.record.assured_date === today && mine?.assuredByUserId === checker.id;
      return again ? { ok: true, assuredDate: today, name } : { ok: false, reason: "changed" };
    }
    const record = { ...published.record, assured_date: today, assurer_email: checker.email };
    const merged = await mergeRecords(tx, recordsDocumentOf("service", [record]), { origin: "editor", userId: checker.id, userName: checker.name });
    if (!merged.ok) return { ok: false, reason: "invalid" };
    await setAssuredBy(tx, serviceId, checker.id);
    return { ok: true, assuredDate: today, name, changed: merged.changes.length > 0 };
  }, EDIT_TRANSACTION);
  if (result.ok && result.changed) noteCatalogueChanged();
  if (!result.ok) return result;
  return { ok: true, assuredDate: result.assuredDate, name: result.name };
}

/** The portal's side of the check: who (an account) said so. Not part of the interchange form. */
async function setAssuredBy(tx: Prisma.TransactionClient, serviceId: string, userId: string) {
  await tx.service.update({ where: { id: serviceId }, data: { assuredByUserId: userId } });
}

export const QUEUE_PAGE_SIZE = 50;

export type QueueItem = {
  id: string;
  name: LocalisedText;
  organizationName: string;
  status: string;
  assuredDate: string | null;
  version: number;
};

export type FreshnessQueue = { total: number; items: QueueItem[]; page: number; pages: number };

/**
 * Services not checked within `months` months (or never), oldest check first, of one
 * municipality or all; defunct ones are history and not in it. One page at a time.
 */
export async function freshnessQueue(
  prisma: PrismaClient,
  options: { months: number; municipality?: string; page?: number; pageSize?: number; locale: string; now?: Date },
): Promise<FreshnessQueue> {
  const limit = new Date(`${checkLimitDay(dutchDay(options.now ?? new Date()), options.months)}T00:00:00Z`);
  const where: Prisma.ServiceWhereInput = {
    status: { not: "defunct" },
    OR: [{ assuredDate: null }, { assuredDate: { lt: limit } }],
    ...(options.municipality ? { serviceAreas: { some: { municipalityCode: options.municipality } } } : {}),
  };
  const pageSize = options.pageSize ?? QUEUE_PAGE_SIZE;
  const total = await prisma.service.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const rows = await prisma.service.findMany({
    where,
    select: { id: true, name: true, status: true, assuredDate: true, version: true, organization: { select: { name: true } } },
    orderBy: [{ assuredDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return {
    total,
    page,
    pages,
    items: rows.map((row) => ({
      id: row.id,
      name: localise(row.name, options.locale) ?? { text: row.id, lang: options.locale },
      organizationName: row.organization.name,
      status: row.status,
      assuredDate: row.assuredDate ? row.assuredDate.toISOString().slice(0, 10) : null,
      version: row.version,
    })),
  };
}
