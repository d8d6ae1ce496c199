import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/roles";
import { localise } from "@/lib/catalogue/localise";
import { getContactRequest, listHandovers, listInbox } from "./inbox";

/**
 * Contact requests as pages show them: plain objects in the visitor's language. Every
 * call reads personal data and is audited (lib/contact/inbox.ts).
 */
type Row = Awaited<ReturnType<typeof listInbox>>[number];

function view(row: Row, locale: string) {
  return {
    id: row.id,
    origin: row.origin,
    status: row.status,
    version: row.version,
    serviceName: localise(row.service.name, locale) ?? { text: "", lang: locale },
    organizationName: row.organization.name,
    supporterName: row.service.supporters.find((s) => s.id === row.supporterId)?.displayName ?? null,
    residentName: row.residentName,
    residentPhone: row.residentPhone,
    residentEmail: row.residentEmail,
    preferredContact: row.preferredContact,
    question: row.question,
    consentText: row.consentText,
    consentAt: row.consentAt,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    createdByName: row.createdBy?.name ?? null,
    erased: row.erasedAt !== null,
  };
}

export type ContactView = ReturnType<typeof view>;

export async function inboxFor(actor: Actor, locale: string): Promise<ContactView[]> {
  return (await listInbox(await getPrisma(), actor)).map((row) => view(row, locale));
}

export async function handoversFor(actor: Actor, locale: string): Promise<ContactView[]> {
  return (await listHandovers(await getPrisma(), actor)).map((row) => view(row, locale));
}

export async function contactRequestFor(actor: Actor, id: string, locale: string): Promise<ContactView | null> {
  const row = await getContactRequest(await getPrisma(), actor, id);
  return row ? view(row, locale) : null;
}
