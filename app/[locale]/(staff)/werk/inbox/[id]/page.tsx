import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AnswerRows } from "@/components/staff/AnswerRows";
import { AssignSupporterForm } from "@/components/staff/AssignSupporterForm";
import { InboxAnswer } from "@/components/staff/InboxAnswer";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { RequestDetails } from "@/components/staff/RequestDetails";
import { StatusBadge } from "@/components/staff/StatusBadge";
import { Timeline } from "@/components/staff/Timeline";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { formatDay } from "@/lib/catalogue/format";
import { openedContactRequestFor } from "@/lib/contact-requests/inbox";
import { requestNumber } from "@/lib/contact-requests/request-number";
import { timelineFor } from "@/lib/contact-requests/timeline";
import { mayAssign, nextTransitions } from "@/lib/contact-requests/transitions";

export async function generateMetadata({ params }: PageProps<"/[locale]/werk/inbox/[id]">): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations("StaffRequest")]);
  return { title: t("title", { number: requestNumber(id) }) };
}

/**
 * One request as its provider sees it: everything needed to act, the next steps, assigning
 * a supporter, and the timeline the wijkteam sees too. Opening it the first time marks it opened.
 */
export default async function InboxRequestPage({ params }: PageProps<"/[locale]/werk/inbox/[id]">) {
  const actor = await requireRole(pageRoles("/werk/inbox/[id]"));
  const [{ id }, t, tInbox, tHandover, format, locale] = await Promise.all([
    params,
    getTranslations("StaffRequest"),
    getTranslations("StaffInbox"),
    getTranslations("StaffHandover"),
    getFormatter(),
    getLocale(),
  ]);
  const r = await openedContactRequestFor(actor, id, locale);
  const back = (
    <p className="mt-6">
      <Link href="/werk/inbox">{t("back")}</Link>
    </p>
  );
  if (!r) return <MissingRecord title={t("missingTitle")} text={t("missing")}>{back}</MissingRecord>;
  const [timeline, transitions] = [await timelineFor(r), r.erased ? [] : nextTransitions(r.status)];
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title", { number: r.number })}</h1>
      <p className="mt-4 text-lg">
        <StatusBadge status={r.status} overdue={r.overdue} />
      </p>
      {r.answerBy ? <p className="mt-1 font-bold">{tInbox("answerBy", { date: formatDay(r.answerBy, locale) })}</p> : null}
      {r.urgent ? (
        <div className="mt-4 max-w-prose border-l-4 border-notice pl-3">
          <p className="font-bold">{t("urgent")}</p>
          {r.urgencyReason ? <p className="whitespace-pre-line">{r.urgencyReason}</p> : null}
        </div>
      ) : null}
      <section aria-labelledby="details" className="mt-6">
        <h2 id="details" className="text-h3">
          {t("detailsTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-bold">{t("resident")}</dt>
          <dd>{r.erased ? tInbox("erased") : r.residentName}</dd>
          <dt className="font-bold">{t("from")}</dt>
          <dd>
            {tInbox(r.origin === "staff" ? "fromStaff" : "fromResident", { name: r.createdByName ?? "-" })} ·{" "}
            {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </dd>
          <dt className="font-bold">{tInbox("service")}</dt>
          <dd lang={r.serviceName.lang}>{r.serviceName.text}</dd>
          {r.supporterName ? (
            <>
              <dt className="font-bold">{tInbox("supporter")}</dt>
              <dd>{r.supporterName}</dd>
            </>
          ) : null}
          <dt className="font-bold">{tInbox("contact")}</dt>
          <dd>
            {[r.residentPhone, r.residentEmail].filter(Boolean).join(" · ") || "-"}
            {r.preferredContact ? ` (${tInbox("prefers", { way: tHandover(`contact.${r.preferredContact}`) })})` : ""}
          </dd>
          <dt className="font-bold">{tInbox("question")}</dt>
          <dd className="whitespace-pre-line">{r.question ?? "-"}</dd>
          <RequestDetails request={r} />
          <dt className="font-bold">{tInbox("consent")}</dt>
          <dd lang={r.locale}>{r.consentText}</dd>
          <AnswerRows request={r} />
          {r.previousRequestId ? (
            <>
              <dt className="font-bold">{t("previous")}</dt>
              <dd>{t("previousText", { number: requestNumber(r.previousRequestId) })}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {transitions.length > 0 || (!r.erased && mayAssign(r.status)) ? (
        <section aria-labelledby="next-step" className="mt-8 max-w-prose">
          <h2 id="next-step" className="text-h3">
            {t("nextTitle")}
          </h2>
          {!r.erased && mayAssign(r.status) ? <AssignSupporterForm id={r.id} version={r.version} supporters={r.supporters} assignedId={r.assignedSupporterId} /> : null}
          {transitions.length > 0 ? <InboxAnswer id={r.id} version={r.version} transitions={transitions} /> : null}
        </section>
      ) : null}
      <Timeline entries={timeline} />
      {back}
    </>
  );
}
