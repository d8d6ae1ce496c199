import { useLocale, useTranslations } from "next-intl";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { Link } from "@/i18n/navigation";
import type { QueueItem } from "@/lib/catalogue/editing/freshness-check";
import { formatDate } from "@/lib/catalogue/format";
import { CheckServiceForm } from "./CheckServiceForm";

type Props = { items: readonly QueueItem[]; back: { gemeente?: string; pagina?: number } };

/** The services to check, oldest check first: each with "Gecontroleerd" and the way to edit it. */
export function FreshnessQueueTable({ items, back }: Props) {
  const t = useTranslations("FreshnessQueue");
  const locale = useLocale();
  const headers = [t("service"), t("organization"), t("lastChecked"), t("actions")];
  return (
    <StaffTable caption={t("caption")} headers={headers}>
      {items.map((item) => (
        <tr key={item.id}>
          <StaffCell label={headers[0]!}>
            <Link href={`/aanbod/${item.id}`} lang={item.name.lang} prefetch={false}>
              {item.name.text}
            </Link>
            {item.status === "inactive" || item.status === "temporarily_closed" ? (
              <span className="block text-sm text-ink-secondary">{t(item.status === "inactive" ? "inactive" : "temporarilyClosed")}</span>
            ) : null}
          </StaffCell>
          <StaffCell label={headers[1]!}>{item.organizationName}</StaffCell>
          <StaffCell label={headers[2]!}>{item.assuredDate ? formatDate(item.assuredDate, locale) : t("never")}</StaffCell>
          <StaffCell label={headers[3]!}>
            <div className="flex flex-wrap items-center gap-4">
              <CheckServiceForm serviceId={item.id} version={item.version} name={item.name.text} back={back} />
              <Link href={`/beheer/diensten/${item.id}`} prefetch={false} aria-label={t("editNamed", { name: item.name.text })} className="inline-flex min-h-11 items-center">
                {t("edit")}
              </Link>
            </div>
          </StaffCell>
        </tr>
      ))}
    </StaffTable>
  );
}
