import { createTranslator } from "next-intl";
import { messagesByLocale } from "@/messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContactEventKind } from "@/lib/generated/prisma/enums";
import { activeUserAddress, optedInProviderAddresses } from "@/lib/auth/mail-notices";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { localise } from "@/lib/catalogue/localise";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { env } from "@/lib/env";
import { enqueueMail, type QueuedMail } from "@/lib/mail/outbox";
import type { ContactEvent } from "./events";
import { requestNumber } from "./request-number";

/**
 * The notices one event of a request causes, written to the mail outbox (lib/mail/outbox.ts)
 * in the caller's transaction: a change that is rolled back mails nobody.
 * - `created`: the receiving organization's inbox address and its provider users who
 *   opted in (User.mailNotices);
 * - a provider's step on a handover: the staff member who follows it up (handledBy, else
 *   its maker), never the person who took the step;
 * - `overdue`: a handover's follower once; for a resident's own request, the organization.
 * A notice holds the request number, the service and a link to the portal, never a
 * resident's name, contact details, question or reasons: a mailbox cannot be erased
 * after the retention period, the portal can. Providers and staff work in Dutch, so
 * notices are in Dutch. Without SMTP_URL nothing is queued (README "Mail notices").
 */
export type NoticeSettings = { mail: boolean; origin: string | undefined };

export function noticeSettings(): NoticeSettings {
  const config = env();
  return { mail: config.smtp !== undefined, origin: config.publicOrigin };
}

const PROVIDER_STEPS: readonly ContactEventKind[] = ["opened", "accepted", "declined", "contacted", "closed", "assigned", "overdue"];

// The notices' words, made once: the mails are in Dutch, the outcome and reason in the timeline's words.
const noticeWords = createTranslator({ locale: "nl", messages: messagesByLocale.nl, namespace: "Notices" });
const outcomeWords = createTranslator({ locale: "nl", messages: messagesByLocale.nl, namespace: "StaffOutcome" });
const declineWords = createTranslator({ locale: "nl", messages: messagesByLocale.nl, namespace: "StaffDeclineCode" });

type Request = Prisma.ContactRequestGetPayload<{
  select: { id: true; origin: true; serviceId: true; organizationId: true; createdByUserId: true; handledByUserId: true; outcome: true; declineCode: true; assignedSupporterId: true; createdAt: true };
}>;

async function organizationAddresses(tx: Prisma.TransactionClient, request: Request, inbox: string | undefined): Promise<string[]> {
  return [...new Set([...(inbox ? [inbox] : []), ...(await optedInProviderAddresses(tx, request.organizationId))])];
}

/** Who follows a handover up and hears of the provider's steps; a colleague taking it over tells its maker. */
async function followerAddress(tx: Prisma.TransactionClient, request: Request, event: ContactEvent): Promise<string | undefined> {
  const userId = event.kind === "taken_over" ? request.createdByUserId : (request.handledByUserId ?? request.createdByUserId);
  if (!userId || userId === event.actor?.id) return undefined;
  return activeUserAddress(tx, userId);
}

export async function queueNotices(tx: Prisma.TransactionClient, event: ContactEvent, settings: NoticeSettings = noticeSettings()): Promise<void> {
  if (!settings.mail) return;
  const wanted = event.kind === "created" || event.kind === "taken_over" || PROVIDER_STEPS.includes(event.kind);
  if (!wanted) return;
  const request = await tx.contactRequest.findUnique({
    where: { id: event.requestId },
    select: { id: true, origin: true, serviceId: true, organizationId: true, createdByUserId: true, handledByUserId: true, outcome: true, declineCode: true, assignedSupporterId: true, createdAt: true },
  });
  if (!request) return;
  const service = await serviceSummary(tx, request.serviceId);
  const t = noticeWords;
  const number = requestNumber(request.id);
  const serviceName = (service && localise(service.name, "nl")?.text) || service?.organizationName || "";
  const link = (path: string) => `${settings.origin ?? ""}/nl${path}/${request.id}`;
  const topic = `contact-request:${request.id}:${event.kind}`;
  const days = workingDaysBetween(request.createdAt, new Date());
  const mails: QueuedMail[] = [];

  const toOrganization = event.kind === "created" || (event.kind === "overdue" && request.origin === "resident");
  if (toOrganization) {
    const [subject, text] =
      event.kind === "created"
        ? [t("newSubject", { number, service: serviceName }), t("newText", { number, service: serviceName, origin: request.origin, link: link("/werk/inbox") })]
        : [t("reminderSubject", { number, service: serviceName }), t("reminderText", { number, service: serviceName, days, link: link("/werk/inbox") })];
    for (const to of await organizationAddresses(tx, request, service?.email)) mails.push({ to, subject, text: `${text}\n\n${t("footer")}`, topic });
  } else if (request.origin === "staff" && event.kind !== "created") {
    const to = await followerAddress(tx, request, event);
    if (to) {
      const kind = event.kind as "opened";
      const supporter = service?.supporters.find((person) => person.id === (request.assignedSupporterId ?? event.detail))?.displayName ?? "";
      const outcome = outcomeWords(request.outcome ?? "other");
      const reason = declineWords(request.declineCode ?? "other");
      const body = t(`stepText.${kind}`, { service: serviceName, number, outcome, reason, supporter, actor: event.actor?.name ?? "", days });
      mails.push({
        to,
        subject: t("stepSubject", { number, step: t(`step.${kind}`) }),
        text: `${body}\n\n${t("stepLink", { link: link("/werk/overdrachten") })}\n\n${t("footer")}`,
        topic,
      });
    }
  }
  await enqueueMail(tx, mails);
}
