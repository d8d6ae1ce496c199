import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { useFormatter, useTranslations } from "next-intl";
import { PageLinks } from "@/components/layout/PageLinks";
import { securityActionKey } from "@/lib/auth/security-events";
import { securityLogHref, type SecurityLogEntry, type SecurityLogQuery } from "@/lib/auth/security-log";

type Log = { entries: SecurityLogEntry[]; total: number; pages: number };

/** One page of the security log, newest first, with links to the pages before and after. */
export function SecurityLogTable({ query, log }: { query: SecurityLogQuery; log: Log }) {
  const t = useTranslations("AdminSecurityLog");
  const format = useFormatter();
  if (log.total === 0) return <p className="mt-6">{t("empty")}</p>;
  const details = (entry: SecurityLogEntry) =>
    Object.entries(entry.details)
      .map(([key, value]) => `${key}: ${value}`)
      .join(", ");
  const headers = [t("when"), t("what"), t("who"), t("by")] as const;
  return (
    <>
      <p className="mt-6" role="status">
        {t("count", { count: log.total })}
      </p>
      <div className="mt-2">
        <StaffTable caption={t("title")} headers={headers} className="break-words">
          {log.entries.map((entry) => (
            <tr key={entry.id}>
              <StaffCell label={headers[0]}>{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</StaffCell>
              <StaffCell label={headers[1]}>
                {t(`actions.${securityActionKey(entry.action) as "sign-in"}`)}
                {details(entry) ? <span className="block text-sm text-ink-secondary">{details(entry)}</span> : null}
              </StaffCell>
              <StaffCell label={headers[2]}>{entry.subject?.email ?? t("unknownAccount")}</StaffCell>
              <StaffCell label={headers[3]}>{"email" in entry.by ? entry.by.email : "self" in entry.by ? t("self") : t("system")}</StaffCell>
            </tr>
          ))}
        </StaffTable>
      </div>
      <PageLinks
        page={query.pagina}
        pageCount={log.pages}
        href={(page) => securityLogHref(query, page)}
        words={{ label: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: query.pagina, pages: log.pages }) }}
      />
    </>
  );
}
