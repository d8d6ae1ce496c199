import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Problem } from "../interchange/problems";
import { editableRecord, saveDraft } from "./drafts";
import type { FieldChange, RecordValue } from "./field-changes";
import type { Provider } from "./availability";

/**
 * Everything else a provider wants changed about its own service (its name, description,
 * how to apply, phone, e-mail, website) goes in as a draft for an editor (origin
 * "provider"): residents see nothing of it until an editor publishes it. The form starts
 * from the provider's own waiting proposal, else from the published record; an editor's
 * draft or a change meanwhile refuses the save calmly with what changed.
 */
export const PROPOSAL_FIELDS = ["nameNl", "nameEn", "descriptionNl", "descriptionEn", "applicationNl", "applicationEn", "phone", "email", "website"] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];
export type ProposalValues = Record<ProposalField, string>;

export type ProposalStart = { values: ProposalValues; draftVersion: number | null; recordVersion: number; waiting: boolean };

export type ProposalResult =
  | { ok: true }
  | { ok: false; reason: "missing" | "unchanged" }
  | { ok: false; reason: "invalid"; errors: Partial<Record<ProposalField | "form", Problem["message"]>> }
  | { ok: false; reason: "conflict"; changes: FieldChange[] };

const KEPT = ["active", "temporarily_closed"] as const;

async function ownService(prisma: PrismaClient, provider: Pick<Provider, "organizationId">, serviceId: string): Promise<boolean> {
  if (provider.organizationId === null || !/^[0-9a-f-]{36}$/iu.test(serviceId)) return false;
  const row = await prisma.service.findFirst({ where: { id: serviceId.toLowerCase(), organizationId: provider.organizationId, status: { in: [...KEPT] } }, select: { id: true } });
  return row !== null;
}

const text = (value: unknown, locale: string) => {
  const v = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[locale] : undefined;
  return typeof v === "string" ? v : "";
};

function valuesOf(record: RecordValue): ProposalValues {
  const phones = Array.isArray(record.phones) ? (record.phones as { number?: string }[]) : [];
  return {
    nameNl: text(record.name, "nl"),
    nameEn: text(record.name, "en"),
    descriptionNl: text(record.description, "nl"),
    descriptionEn: text(record.description, "en"),
    applicationNl: text(record.application_process, "nl"),
    applicationEn: text(record.application_process, "en"),
    phone: phones[0]?.number ?? "",
    email: typeof record.email === "string" ? record.email : "",
    website: typeof record.url === "string" ? record.url : "",
  };
}

/** The record a proposal starts from: the provider's own waiting proposal, else the published record. */
async function startOf(prisma: PrismaClient, serviceId: string) {
  const { draft, published } = await editableRecord(prisma, "service", serviceId.toLowerCase());
  if (!published) return null;
  const own = draft?.origin === "provider" ? draft : null;
  return { record: own?.data ?? published.record, draftVersion: own?.version ?? null, recordVersion: published.version };
}

export async function proposalStart(prisma: PrismaClient, provider: Pick<Provider, "organizationId">, serviceId: string): Promise<ProposalStart | null> {
  if (!(await ownService(prisma, provider, serviceId))) return null;
  const start = await startOf(prisma, serviceId);
  if (!start) return null;
  return { values: valuesOf(start.record), draftVersion: start.draftVersion, recordVersion: start.recordVersion, waiting: start.draftVersion !== null };
}

/** A localised text with this form's two languages set and any other kept; undefined when empty. */
function localised(existing: unknown, nl: string, en: string): Record<string, string> | undefined {
  const value: Record<string, string> = typeof existing === "object" && existing !== null ? { ...(existing as Record<string, string>) } : {};
  delete value.nl;
  delete value.en;
  if (nl) value.nl = nl;
  if (en) value.en = en;
  return Object.keys(value).length > 0 ? value : undefined;
}

function applied(record: RecordValue, v: ProposalValues): RecordValue {
  const next = structuredClone(record);
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
  };
  // The name is required: an empty one stays in the record, so the check names it.
  next.name = localised(record.name, v.nameNl, v.nameEn) ?? {};
  set("description", localised(record.description, v.descriptionNl, v.descriptionEn));
  set("application_process", localised(record.application_process, v.applicationNl, v.applicationEn));
  const phones = Array.isArray(record.phones) ? [...(record.phones as RecordValue[])] : [];
  if (v.phone) phones[0] = { ...(phones[0] ?? {}), number: v.phone };
  else phones.shift();
  set("phones", phones.length > 0 ? phones : undefined);
  set("email", v.email);
  set("url", v.website);
  return next;
}

const FIELD_OF: [RegExp, (locale: string | undefined) => ProposalField][] = [
  [/^\$\.name(?:\.(\w+))?/u, (l) => (l === "en" ? "nameEn" : "nameNl")],
  [/^\$\.description(?:\.(\w+))?/u, (l) => (l === "en" ? "descriptionEn" : "descriptionNl")],
  [/^\$\.application_process(?:\.(\w+))?/u, (l) => (l === "en" ? "applicationEn" : "applicationNl")],
  [/^\$\.phones/u, () => "phone"],
  [/^\$\.email/u, () => "email"],
  [/^\$\.url/u, () => "website"],
];

function fieldOf(path: string): ProposalField | "form" {
  for (const [pattern, field] of FIELD_OF) {
    const match = pattern.exec(path);
    if (match) return field(match[1]);
  }
  return "form";
}

export async function proposeServiceChange(
  prisma: PrismaClient,
  provider: Provider,
  input: { serviceId: string; draftVersion: string; recordVersion: string; values: Partial<ProposalValues> },
): Promise<ProposalResult> {
  if (!(await ownService(prisma, provider, input.serviceId))) return { ok: false, reason: "missing" };
  const start = await startOf(prisma, input.serviceId);
  if (!start) return { ok: false, reason: "missing" };
  const values = Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, (input.values[f] ?? "").trim()])) as ProposalValues;
  const data = applied(start.record, values);
  const draftVersion = input.draftVersion === "" ? null : Number(input.draftVersion);
  const recordVersion = Number(input.recordVersion);
  const sameStart = draftVersion === start.draftVersion && recordVersion === start.recordVersion;
  if (sameStart && JSON.stringify(valuesOf(data)) === JSON.stringify(valuesOf(start.record))) return { ok: false, reason: "unchanged" };
  const saved = await saveDraft(prisma, {
    kind: "service",
    data,
    startedFrom: { draftVersion, recordVersion, start: start.record },
    userId: provider.id,
    origin: "provider",
  });
  if (saved.ok) return { ok: true };
  if ("conflict" in saved) return { ok: false, reason: "conflict", changes: saved.conflict.changes };
  const errors: Partial<Record<ProposalField | "form", Problem["message"]>> = {};
  for (const problem of saved.problems) errors[fieldOf(problem.path)] ??= problem.message;
  return { ok: false, reason: "invalid", errors };
}
