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
  return (
    <>
      <p className="mt-6" role="status">
        {t("count", { count: log.total })}
      </p>
      <div className="mt-2">
        <table className="w-full border-collapse text-left break-words">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">{t("when")}</th>
              <th scope="col" className="py-2 pr-4">{t("what")}</th>
              <th scope="col" className="py-2 pr-4">{t("who")}</th>
              <th scope="col" className="py-2">{t("by")}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-line align-top">
                <td className="py-2 pr-4">{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="py-2 pr-4">
                  {t(`actions.${securityActionKey(entry.action) as "sign-in"}`)}
                  {details(entry) ? <span className="block text-sm text-ink-secondary">{details(entry)}</span> : null}
                </td>
                <td className="py-2 pr-4">{entry.subject?.email ?? t("unknownAccount")}</td>
                <td className="py-2">{"email" in entry.by ? entry.by.email : "self" in entry.by ? t("self") : t("system")}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
