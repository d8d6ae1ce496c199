import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { InboxAnswer } from "@/components/staff/InboxAnswer";
import { RequestDetails } from "@/components/staff/RequestDetails";
import { formatDay } from "@/lib/catalogue/format";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { inboxFor } from "@/lib/contact-requests/inbox";
import { nextTransitions } from "@/lib/contact-requests/transitions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffInbox"))("title") };
}

/** A provider's inbox: warm handovers from the wijkteam and residents' own requests. */
export default async function InboxPage() {
  const actor = await requireRole(pageRoles("/werk/inbox"));
  const [t, tStatus, tHandover, format, locale] = await Promise.all([
    getTranslations("StaffInbox"),
    getTranslations("StaffStatus"),
    getTranslations("StaffHandover"),
    getFormatter(),
    getLocale(),
  ]);
  const requests = await inboxFor(actor, locale);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      {requests.length === 0 ? <p className="mt-4">{t("empty")}</p> : null}
      <ul className="mt-6 space-y-6">
        {requests.map((r) => (
          <li key={r.id}>
            <article aria-labelledby={`request-${r.id}`} className="rounded border-2 border-line p-4">
              <h2 id={`request-${r.id}`} className="text-h3">
                {r.erased ? t("erased") : r.residentName} · {tStatus(r.status)}
              </h2>
              <p className="text-sm text-ink-secondary">
                {t(r.origin === "staff" ? "fromStaff" : "fromResident", { name: r.createdByName ?? "-" })} ·{" "}
                {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("number")} {r.number}
              </p>
              {r.answerBy ? <p className="mt-1 font-bold">{t("answerBy", { date: formatDay(r.answerBy, locale) })}</p> : null}
              <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-bold">{t("service")}</dt>
                <dd lang={r.serviceName.lang}>{r.serviceName.text}</dd>
                {r.supporterName ? (
                  <>
                    <dt className="font-bold">{t("supporter")}</dt>
                    <dd>{r.supporterName}</dd>
                  </>
                ) : null}
                <dt className="font-bold">{t("contact")}</dt>
                <dd>
                  {[r.residentPhone, r.residentEmail].filter(Boolean).join(" · ") || "-"}
                  {r.preferredContact ? ` (${t("prefers", { way: tHandover(`contact.${r.preferredContact}`) })})` : ""}
                </dd>
                <dt className="font-bold">{t("question")}</dt>
                <dd className="whitespace-pre-line">{r.question ?? "-"}</dd>
                <RequestDetails request={r} />
                <dt className="font-bold">{t("consent")}</dt>
                <dd>{r.consentText}</dd>
                {r.declineReason ? (
                  <>
                    <dt className="font-bold">{t("declineReason")}</dt>
                    <dd>{r.declineReason}</dd>
                  </>
                ) : null}
              </dl>
              {nextTransitions(r.status).length > 0 && !r.erased ? (
                <InboxAnswer id={r.id} version={r.version} transitions={nextTransitions(r.status)} name={r.residentName ?? ""} />
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
