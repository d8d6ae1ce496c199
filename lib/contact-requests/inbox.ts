import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { auditViews } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/roles";
import { isId } from "@/lib/catalogue/ids";
import { serviceSummaries, type ServiceSummary } from "@/lib/catalogue/service-summary";
import { localise, type LocalisedText } from "@/lib/catalogue/localise";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { maySee, requestWhere } from "./access";
import { NO_FILTERS, inPeriod, type HandoverFilters } from "./handover-filters";
import { isOverdue, WAITING_STATUSES } from "./overdue";
import { mayTakeOver } from "./take-over";
import { answerBy } from "./answer-term";
import { requestNumber } from "./request-number";
import { openContactRequest } from "./transitions";

/**
 * Who may see a resident's data (access.ts): staff their own, followed-up and team
 * handovers, the receiving organization's providers; never the admin role alone (least privilege). Every read writes one audit event per request.
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
  declineCode: true,
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
  handledBy: { select: { name: true } },
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
    declineCode: row.declineCode,
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
    createdByUserId: row.createdByUserId,
    createdByName: row.createdBy?.name ?? null,
    /** Who follows the handover up now: its maker, or a team colleague who took it over. */
    handledByUserId: row.handledByUserId,
    handledByName: row.handledBy?.name ?? null,
    teamId: row.teamId,
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

/** At most this many handovers are read for one view of the list (newest first); filters narrow it down. */
export const HANDOVERS_READ = 500;
export const HANDOVERS_PER_PAGE = 25;

export type HandoverRow = ContactRequestView & { overdue: boolean; mayTakeOver: boolean };

/**
 * The team view: the handovers a staff member may see (access.ts: their own, the ones
 * they follow up, their team's), newest first, filtered and one page at a time. Only the
 * rows on the page are audited as viewed. An admin role alone sees none.
 */
export async function listHandovers(prisma: PrismaClient, actor: Actor, locale: string, filters: HandoverFilters = NO_FILTERS, now: Date = new Date()) {
  const visible = requestWhere(actor);
  if (!visible || actor.role === "provider") return { rows: [] as HandoverRow[], total: 0, pages: 1, capped: false };
  const dayMs = 86_400_000;
  const where: Prisma.ContactRequestWhereInput = {
    AND: [
      visible,
      filters.status ? { status: filters.status } : {},
      filters.telaat ? { status: { in: [...WAITING_STATUSES] } } : {},
      filters.dienst ? { serviceId: filters.dienst } : {},
      // Wide bounds in the database; the exact Dutch calendar day is checked below.
      filters.van ? { createdAt: { gte: new Date(Date.parse(filters.van) - dayMs) } } : {},
      filters.tot ? { createdAt: { lt: new Date(Date.parse(filters.tot) + 2 * dayMs) } } : {},
    ],
  };
  const found = await prisma.contactRequest.findMany({ where, select: fields, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: HANDOVERS_READ });
  const days = env().reminderWorkingDays;
  const matching = found.filter((row) => inPeriod(row.createdAt, filters) && (!filters.telaat || isOverdue(row, days, now)));
  const pages = Math.max(1, Math.ceil(matching.length / HANDOVERS_PER_PAGE));
  const page = matching.slice((filters.pagina - 1) * HANDOVERS_PER_PAGE, filters.pagina * HANDOVERS_PER_PAGE);
  const views = await viewed(prisma, actor, page, locale);
  const rows = views.map((v, i) => ({ ...v, overdue: isOverdue(page[i]!, days, now), mayTakeOver: mayTakeOver(actor, page[i]!) }));
  return { rows, total: matching.length, pages, capped: found.length === HANDOVERS_READ };
}

/** The services the actor's visible handovers went to, for the service filter. */
export async function handoverServices(prisma: PrismaClient, actor: Actor, locale: string): Promise<Array<{ id: string; name: LocalisedText }>> {
  const visible = requestWhere(actor);
  if (!visible || actor.role === "provider") return [];
  const ids = await prisma.contactRequest.findMany({ where: visible, select: { serviceId: true }, distinct: ["serviceId"] });
  const services = await serviceSummaries(prisma, ids.map((row) => row.serviceId));
  return [...services.values()]
    .map((service) => ({ id: service.id, name: localise(service.name, locale) ?? { text: "", lang: locale } }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, locale));
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

export async function handoversFor(actor: Actor, locale: string, filters: HandoverFilters = NO_FILTERS) {
  const prisma = await getPrisma();
  const [list, services] = await Promise.all([listHandovers(prisma, actor, locale, filters), handoverServices(prisma, actor, locale)]);
  return { ...list, services };
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
