import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { StatusBadge } from "@/components/staff/StatusBadge";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { inboxFor } from "@/lib/contact-requests/inbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffInbox"))("title") };
}

/**
 * A provider's inbox: warm handovers from the wijkteam and residents' own requests, one
 * row each, newest first. The request number opens the request's own page, where the
 * provider reads everything and answers.
 */
export default async function InboxPage() {
  const actor = await requireRole(pageRoles("/werk/inbox"));
  const [t, format, locale] = await Promise.all([getTranslations("StaffInbox"), getFormatter(), getLocale()]);
  const requests = await inboxFor(actor, locale);
  const headers = [t("number"), t("received"), t("resident"), t("service"), t("status"), t("assignedTo")] as const;
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      {requests.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <StaffTable caption={t("caption")} headers={headers}>
          {requests.map((r) => (
            <tr key={r.id}>
              <StaffCell label={headers[0]}>
                {/* No prefetch: opening the page marks the request opened, only a person's click may do that. */}
                <Link href={`/werk/inbox/${r.id}`} prefetch={false} className="font-bold" aria-label={t("openRequest", { number: r.number })}>
                  {r.number}
                </Link>
                {r.urgent ? <strong className="mt-1 block border-l-4 border-notice pl-2">{t("urgentMark")}</strong> : null}
              </StaffCell>
              <StaffCell label={headers[1]}>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</StaffCell>
              <StaffCell label={headers[2]}>
                {r.erased ? t("erased") : r.residentName}
                <span className="block text-sm">{t(r.origin === "staff" ? "fromStaff" : "fromResident", { name: r.createdByName ?? "-" })}</span>
              </StaffCell>
              <StaffCell label={headers[3]} lang={r.serviceName.lang}>
                {r.serviceName.text}
              </StaffCell>
              <StaffCell label={headers[4]}>
                <StatusBadge status={r.status} overdue={r.overdue} />
              </StaffCell>
              <StaffCell label={headers[5]}>{r.assignedSupporterName ?? t("notAssigned")}</StaffCell>
            </tr>
          ))}
        </StaffTable>
      )}
    </>
  );
}
