import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { contactRequestFor } from "@/lib/contact-requests/inbox";
import { mayReconnect } from "@/lib/contact-requests/reconnect";
import { requestNumber } from "@/lib/contact-requests/request-number";
import { mayTakeOver } from "@/lib/contact-requests/take-over";
import { timelineFor } from "@/lib/contact-requests/timeline";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { AnswerRows } from "@/components/staff/AnswerRows";
import { StatusBadge } from "@/components/staff/StatusBadge";
import { TakeOverForm } from "@/components/staff/TakeOverForm";
import { Timeline } from "@/components/staff/Timeline";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffHandoverDone"))("title") };
}

/**
 * One handover, written for the resident in plain language: what was agreed, with whom,
 * and what happens next. It prints cleanly (the browser's print) to take home. Below, for
 * the staff member: the provider's answer, the supporter it assigned, the same timeline
 * the provider sees, and after a decline "Verbind opnieuw" to another service.
 */
export default async function HandoverDetailPage({ params }: PageProps<"/[locale]/werk/overdrachten/[id]">) {
  const actor = await requireRole(pageRoles("/werk/overdrachten/[id]"));
  const [{ id }, t, tHandover, tList, format, locale] = await Promise.all([
    params,
    getTranslations("StaffHandoverDone"),
    getTranslations("StaffHandover"),
    getTranslations("StaffHandovers"),
    getFormatter(),
    getLocale(),
  ]);
  const handover = await contactRequestFor(actor, id, locale);
  if (!handover) {
    return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  }
  const timeline = await timelineFor(handover);
  const reconnect = mayReconnect(actor.id, { ...handover, reconnected: handover.nextRequestId !== null });
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("number", { number: handover.number })}</p>
      <p className="mt-2 text-lg">
        <StatusBadge status={handover.status} overdue={handover.overdue} />
      </p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr] print:hidden">
        <dt className="font-bold">{tList("madeBy")}</dt>
        <dd>{handover.createdByName ?? "-"}</dd>
        <dt className="font-bold">{tList("handledBy")}</dt>
        <dd>{handover.handledByName ?? handover.createdByName ?? "-"}</dd>
      </dl>
      {mayTakeOver(actor, handover) ? (
        <div className="mt-3 print:hidden">
          <TakeOverForm id={handover.id} version={handover.version} number={handover.number} />
        </div>
      ) : null}
      <section aria-labelledby="agreed" className="mt-6 max-w-prose rounded border-2 border-primary p-4">
        <h2 id="agreed" className="text-h3">
          {t("agreedTitle")}
        </h2>
        <p className="mt-2 text-lg">{handover.consentText}</p>
        <p className="mt-2 text-sm">{t("agreedAt", { when: format.dateTime(handover.consentAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
        <h2 className="mt-4 text-h3">{t("nextTitle")}</h2>
        <p className="mt-2">
          {t("next", { service: handover.serviceName.text, organization: handover.organizationName, way: handover.preferredContact ? tHandover(`contact.${handover.preferredContact}`) : "-" })}
        </p>
        {handover.supporterName ? <p className="mt-2">{t("supporter", { name: handover.supporterName })}</p> : null}
        {handover.question ? (
          <>
            <h2 className="mt-4 text-h3">{t("questionTitle")}</h2>
            <p className="mt-2 whitespace-pre-line">{handover.question}</p>
          </>
        ) : null}
        {handover.erased ? <p className="mt-2">{t("erased")}</p> : null}
      </section>
      <p className="mt-4 text-sm print:hidden">{t("print")}</p>
      <section aria-labelledby="provider" className="mt-8 max-w-prose print:hidden">
        <h2 id="provider" className="text-h3">
          {t("providerTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("assignedSupporter")}</dt>
          <dd>{handover.assignedSupporterName ?? t("notAssigned")}</dd>
          {handover.urgent ? (
            <>
              <dt className="font-bold">{t("urgent")}</dt>
              <dd className="whitespace-pre-line">{handover.urgencyReason ?? "-"}</dd>
            </>
          ) : null}
          <AnswerRows request={handover} />
        </dl>
        {handover.previousRequestId ? (
          <p className="mt-3">
            <Link href={`/werk/overdrachten/${handover.previousRequestId}`}>{t("previous", { number: requestNumber(handover.previousRequestId) })}</Link>
          </p>
        ) : null}
        {handover.nextRequestId ? (
          <p className="mt-3">
            <Link href={`/werk/overdrachten/${handover.nextRequestId}`}>{t("nextRequest", { number: requestNumber(handover.nextRequestId) })}</Link>
          </p>
        ) : null}
        {reconnect ? (
          <div className="mt-4 rounded border-2 border-line p-4">
            <p>{t("reconnectHint")}</p>
            <p className="mt-2">
              <Link href={{ pathname: "/werk", query: { opnieuw: handover.id } }} className="font-bold">
                {t("reconnect")}
              </Link>
            </p>
          </div>
        ) : null}
      </section>
      <div className="print:hidden">
        <Timeline entries={timeline} nextHref={(next) => `/werk/overdrachten/${next}`} />
      </div>
      <p className="mt-6 print:hidden">
        <Link href="/werk/overdrachten">{t("back")}</Link>
      </p>
    </>
  );
}
