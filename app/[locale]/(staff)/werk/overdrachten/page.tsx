import { cellClass, lastCellClass, rowClass, StaffTable } from "@/components/staff/StaffTable";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { handoversFor } from "@/lib/contact-requests/inbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffHandovers"))("title") };
}

/** The handovers this staff member made (admins: all), with their status at the provider. */
export default async function HandoversPage() {
  const actor = await requireRole(pageRoles("/werk/overdrachten"));
  const [t, tStatus, format, locale] = await Promise.all([getTranslations("StaffHandovers"), getTranslations("StaffStatus"), getFormatter(), getLocale()]);
  const handovers = await handoversFor(actor, locale);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      {handovers.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <StaffTable caption={t("title")} headers={[t("date"), t("resident"), t("service"), t("status")]}>
          {handovers.map((h) => (
            <tr key={h.id} className={rowClass}>
              <td className={cellClass}>{format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className={cellClass}>
                <Link href={`/werk/overdrachten/${h.id}`}>{h.erased ? t("erased") : h.residentName}</Link>
              </td>
              <td className={cellClass} lang={h.serviceName.lang}>
                {h.serviceName.text}
              </td>
              <td className={lastCellClass}>
                <strong>{tStatus(h.status)}</strong>
                {h.declineReason ? <span className="block text-sm">{t("reason", { reason: h.declineReason })}</span> : null}
              </td>
            </tr>
          ))}
        </StaffTable>
      )}
    </>
  );
}
