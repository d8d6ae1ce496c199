import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { auditViews } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { isId } from "@/lib/catalogue/ids";
import { serviceSummaries, type ServiceSummary } from "@/lib/catalogue/service-summary";
import { localise, type LocalisedText } from "@/lib/catalogue/localise";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { maySee } from "./access";
import { isOverdue, WAITING_STATUSES } from "./overdue";
import { answerBy } from "./answer-term";
import { requestNumber } from "./request-number";
import { openContactRequest } from "./transitions";

/**
 * Who may see a resident's data: the staff member who made the handover, the receiving
 * organization's providers; never the admin role alone (least privilege). Every read writes one audit event per request.
 * Service, organization and supporter names come from the catalogue's summaries.
 */
const fields = {
  id: true,
  origin: true,
  status: true,
  version: true,
  serviceId: true,
  supporterId: true,
  organizationId: true,
  createdByUserId: true,
  handledByUserId: true,
  teamId: true,
  residentName: true,
  residentPhone: true,
  residentEmail: true,
  preferredContact: true,
  question: true,
  language: true,
  interpreter: true,
  callMoments: true,
  safeToCall: true,
  safeToMessage: true,
  sharedAnswers: true,
  locale: true,
  consentText: true,
  consentAt: true,
  declineReason: true,
  urgent: true,
  urgencyReason: true,
  assignedSupporterId: true,
  outcome: true,
  outcomeText: true,
  previousRequestId: true,
  nextRequests: { select: { id: true }, take: 1 },
  createdAt: true,
  erasedAt: true,
  createdBy: { select: { name: true } },
} as const;

type Row = Prisma.ContactRequestGetPayload<{ select: typeof fields }>;

function view(row: Row, service: ServiceSummary | undefined, locale: string) {
  return {
    id: row.id,
    origin: row.origin,
    status: row.status,
    version: row.version,
    serviceName: (service && localise(service.name, locale)) ?? ({ text: "", lang: locale } satisfies LocalisedText),
    organizationName: service?.organizationName ?? "",
    supporterName: service?.supporters.find((s) => s.id === row.supporterId)?.displayName ?? null,
    residentName: row.residentName,
    residentPhone: row.residentPhone,
    residentEmail: row.residentEmail,
    preferredContact: row.preferredContact,
    question: row.question,
    number: requestNumber(row.id),
    /** The day the provider promised to answer by (answer-term.ts), while a resident's request waits. */
    answerBy: row.origin === "resident" && WAITING_STATUSES.includes(row.status) ? answerBy(row.createdAt) : null,
    language: row.language,
    interpreter: row.interpreter === true,
    callMoments: row.callMoments,
    safeToCall: row.safeToCall,
    safeToMessage: row.safeToMessage,
    /** In the language the resident used (`locale`), as they saw it. */
    sharedAnswers: row.sharedAnswers,
    locale: row.locale,
    consentText: row.consentText,
    consentAt: row.consentAt,
    declineReason: row.declineReason,
    urgent: row.urgent,
    urgencyReason: row.urgencyReason,
    /** The supporter the provider assigned, by name; the service's supporters to choose from. */
    assignedSupporterName: service?.supporters.find((s) => s.id === row.assignedSupporterId)?.displayName ?? null,
    assignedSupporterId: row.assignedSupporterId,
    supporters: service?.supporters ?? [],
    outcome: row.outcome,
    outcomeText: row.outcomeText,
    overdue: isOverdue(row, env().reminderWorkingDays),
    /** "Verbind opnieuw": the declined handover this one came from, and the one made from this. */
    previousRequestId: row.previousRequestId,
    nextRequestId: row.nextRequests[0]?.id ?? null,
    /** The staff member who follows the handover up: who took it over, else its maker. */
    followedUpBy: row.handledByUserId ?? row.createdByUserId,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.name ?? null,
    erased: row.erasedAt !== null,
  };
}

export type ContactRequestView = ReturnType<typeof view>;

async function viewed(prisma: PrismaClient, actor: Actor, rows: Row[], locale: string): Promise<ContactRequestView[]> {
  await auditViews(prisma, actor.id, "ContactRequest", rows.map((row) => row.id));
  const services = await serviceSummaries(prisma, rows.map((row) => row.serviceId));
  return rows.map((row) => view(row, services.get(row.serviceId), locale));
}

/** A provider's inbox: warm handovers and residents' own requests to its organization. */
export async function listInbox(prisma: PrismaClient, actor: Actor, locale: string): Promise<ContactRequestView[]> {
  if (!actor.organizationId) return [];
  const rows = await prisma.contactRequest.findMany({ where: { organizationId: actor.organizationId }, select: fields, orderBy: [{ createdAt: "desc" }], take: 200 });
  return viewed(prisma, actor, rows, locale);
}

/** The handovers a staff member made, newest first (an admin role alone sees none: least privilege). */
export async function listHandovers(prisma: PrismaClient, actor: Actor, locale: string): Promise<ContactRequestView[]> {
  const rows = await prisma.contactRequest.findMany({
    where: { origin: "staff", createdByUserId: actor.id },
    select: fields,
    orderBy: [{ createdAt: "desc" }],
    take: 200,
  });
  return viewed(prisma, actor, rows, locale);
}

/** One request, when this actor may see it; null otherwise (also for an unknown id). */
export async function getContactRequest(prisma: PrismaClient, actor: Actor, id: string, locale: string): Promise<ContactRequestView | null> {
  if (!isId(id)) return null;
  const row = await prisma.contactRequest.findUnique({ where: { id: id.toLowerCase() }, select: fields });
  if (!row) return null;
  if (!maySee(actor, row)) return null;
  return (await viewed(prisma, actor, [row], locale))[0]!;
}

/** The same reads for pages, on the portal's database. */
export async function inboxFor(actor: Actor, locale: string) {
  return listInbox(await getPrisma(), actor, locale);
}

export async function handoversFor(actor: Actor, locale: string) {
  return listHandovers(await getPrisma(), actor, locale);
}

export async function contactRequestFor(actor: Actor, id: string, locale: string) {
  return getContactRequest(await getPrisma(), actor, id, locale);
}

/**
 * The provider's own page of a request: reading it the first time marks it opened
 * (transitions.ts), recorded in the timeline with who opened it.
 */
export async function openedContactRequestFor(actor: Actor, id: string, locale: string) {
  const prisma = await getPrisma();
  const request = await getContactRequest(prisma, actor, id, locale);
  if (request?.status !== "new" || !(await openContactRequest(prisma, actor, request.id))) return request;
  return { ...request, status: "opened" as const, version: request.version + 1 };
}
