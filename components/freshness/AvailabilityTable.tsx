import { useLocale, useTranslations } from "next-intl";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import type { AvailabilityRow, ProviderChangeRow, Section } from "@/lib/catalogue/editing/dashboard";
import type { AvailabilityList } from "@/lib/catalogue/editing/editor-pages";
import { formatDate, formatMoment } from "@/lib/catalogue/format";

type Props = { list: AvailabilityList; section: Section<AvailabilityRow> | Section<ProviderChangeRow> };

/** One of the availability lists as a table: services, or providers' changes (who, when, which fields). */
export function AvailabilityTable({ list, section }: Props) {
  const t = useTranslations("DashboardLists");
  const locale = useLocale();
  if (list === "aanbieders") {
    const headers = [t("record"), t("who"), t("when"), t("fields")];
    return (
      <StaffTable caption={t(list)} headers={headers}>
        {(section.items as ProviderChangeRow[]).map((change, i) => (
          <tr key={`${change.recordId}-${i}`}>
            <StaffCell label={headers[0]!}>
              {change.kind === "service" ? (
                <Link href={`/beheer/diensten/${change.recordId}`} prefetch={false} lang={change.name?.lang}>
                  {change.name?.text ?? change.recordId}
                </Link>
              ) : (
                (change.name?.text ?? change.recordId)
              )}
            </StaffCell>
            <StaffCell label={headers[1]!}>{change.userName ?? t("unknown")}</StaffCell>
            <StaffCell label={headers[2]!}>{`${formatMoment(change.createdAt, locale).day} ${formatMoment(change.createdAt, locale).time}`}</StaffCell>
            <StaffCell label={headers[3]!}>{change.fields.join(", ")}</StaffCell>
          </tr>
        ))}
      </StaffTable>
    );
  }
  const headers = list === "gesloten" ? [t("service"), t("organization"), t("reopens")] : [t("service"), t("organization")];
  return (
    <StaffTable caption={t(list)} headers={headers}>
      {(section.items as AvailabilityRow[]).map((service) => (
        <tr key={service.id}>
          <StaffCell label={headers[0]!}>
            <Link href={`/beheer/diensten/${service.id}`} prefetch={false} lang={service.name.lang}>
              {service.name.text}
            </Link>
          </StaffCell>
          <StaffCell label={headers[1]!}>{service.organizationName}</StaffCell>
          {list === "gesloten" ? <StaffCell label={headers[2]!}>{service.reopensOn ? formatDate(service.reopensOn, locale) : t("unknown")}</StaffCell> : null}
        </tr>
      ))}
    </StaffTable>
  );
}
