import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { ownServices } from "@/lib/catalogue/editing/provider-pages";
import { formatDay, formatHours } from "@/lib/catalogue/format";
import { localise } from "@/lib/catalogue/localise";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AvailabilityList"))("title") };
}

/** A provider's own services: the weekly facts at a glance, each row opening its forms. */
export default async function ProviderServicesPage() {
  const actor = await requireRole(pageRoles("/werk/aanbod"));
  const [t, tHours, locale] = await Promise.all([getTranslations("AvailabilityList"), getTranslations("Availability.hours"), getLocale()]);
  const services = await ownServices(actor);
  const headers = [t("name"), t("status"), t("accepting"), t("waiting"), t("nextWalkIn")] as const;
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      {services.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <StaffTable caption={t("caption")} headers={headers}>
          {services.map((s) => {
            const name = localise(s.name, locale) ?? { text: s.id, lang: locale };
            const hours = s.nextWalkIn ? formatHours(s.nextWalkIn, locale) : undefined;
            return (
              <tr key={s.id}>
                <StaffCell label={headers[0]}>
                  <Link href={`/werk/aanbod/${s.id}`} className="font-bold" lang={name.lang === locale ? undefined : name.lang} aria-label={t("open", { name: name.text })}>
                    {name.text}
                  </Link>
                </StaffCell>
                <StaffCell label={headers[1]}>{t(`statuses.${s.status as "active"}`)}</StaffCell>
                <StaffCell label={headers[2]}>{s.acceptingNewClients === null ? t("unknown") : s.acceptingNewClients ? t("yes") : t("no")}</StaffCell>
                <StaffCell label={headers[3]}>{s.waitingDays === null ? t("unknown") : t("days", { days: s.waitingDays })}</StaffCell>
                <StaffCell label={headers[4]}>
                  {s.nextWalkIn ? `${formatDay(s.nextWalkIn.date, locale)}${hours ? `, ${tHours("hours", hours)}` : ""}` : t("noWalkIn")}
                </StaffCell>
              </tr>
            );
          })}
        </StaffTable>
      )}
    </>
  );
}
