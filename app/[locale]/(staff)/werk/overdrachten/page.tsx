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
        <table className="mt-6 w-full border-collapse text-left">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">{t("date")}</th>
              <th scope="col" className="py-2 pr-4">{t("resident")}</th>
              <th scope="col" className="py-2 pr-4">{t("service")}</th>
              <th scope="col" className="py-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {handovers.map((h) => (
              <tr key={h.id} className="border-b border-line align-top">
                <td className="py-2 pr-4">{format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="py-2 pr-4">
                  <Link href={`/werk/overdrachten/${h.id}`}>{h.erased ? t("erased") : h.residentName}</Link>
                </td>
                <td className="py-2 pr-4" lang={h.serviceName.lang}>
                  {h.serviceName.text}
                </td>
                <td className="py-2">
                  <strong>{tStatus(h.status)}</strong>
                  {h.declineReason ? <span className="block text-sm">{t("reason", { reason: h.declineReason })}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
