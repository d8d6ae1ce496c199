import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { CredentialExplanations } from "@/components/catalogue/CredentialExplanations";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { Link } from "@/i18n/navigation";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { ServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { TermList } from "./TermList";

type Row = { label: string; key: (s: ServiceDetail) => string; cell: (s: ServiceDetail) => ReactNode };

/**
 * A real table: services are columns, aspects are rows, each with header cells, so a
 * screen reader announces "Talen, Budgetmaatje: Nederlands". Rows where every service
 * is the same are marked, so the differences stand out.
 */
export function CompareTable({ services }: { services: readonly ServiceDetail[] }) {
  const t = useTranslations("ComparePage");
  const tr = useTranslations("DirectoryResult");
  const tKinds = useTranslations("Kinds");
  const locale = useLocale();
  const texts = (items: ReadonlyArray<{ text: string }>) => items.map((i) => i.text).join("|");
  const terms = (items: Parameters<typeof TermList>[0]["items"]) => (items.length > 0 ? <TermList items={items} /> : t("none"));

  const rows: Row[] = [
    { label: t("kind"), key: (s) => s.kind ?? "", cell: (s) => tKinds(`${s.kind ?? "unknown"}.title`) },
    {
      label: t("independence"),
      key: (s) => (s.independence.independent ? "yes" : `${s.independence.reason}:${s.independence.organizationName}`),
      cell: (s) => <IndependenceNote value={s.independence} />,
    },
    { label: t("domains"), key: (s) => texts(s.domains), cell: (s) => terms(s.domains) },
    {
      label: t("languages"),
      key: (s) => s.languages.join(),
      cell: (s) => s.languages.map((code) => vocabularyLabel(locale, "language", code)).join(", "),
    },
    { label: t("attending"), key: (s) => texts(s.attending.map((a) => a.name)), cell: (s) => terms(s.attending.map((a) => a.name)) },
    {
      label: t("waiting"),
      key: (s) => String(s.waitingDays),
      cell: (s) => (s.waitingDays === null ? tr("unknown") : tr("waitingDays", { days: s.waitingDays })),
    },
    {
      label: t("newClients"),
      key: (s) => String(s.acceptingNewClients),
      cell: (s) => (s.acceptingNewClients === null ? tr("unknown") : s.acceptingNewClients ? tr("accepting") : tr("notAccepting")),
    },
    { label: t("complex"), key: (s) => String(s.handlesComplex), cell: (s) => (s.handlesComplex ? t("complexYes") : t("complexNo")) },
    {
      label: t("credentials"),
      key: (s) => texts(s.credentials),
      cell: (s) => (
        <>
          {terms(s.credentials)}
          <CredentialExplanations codes={s.explainedCredentials} />
        </>
      ),
    },
  ];

  return (
    // A region that scrolls sideways on a narrow screen must be reachable by keyboard.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="mt-6 overflow-x-auto" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption id="compare-caption" className="mb-2 text-left font-bold">
          {t("caption", { count: services.length })}
        </caption>
        <thead>
          <tr>
            <td className="border-b-2 border-line p-2" />
            {services.map((s) => (
              <th key={s.id} scope="col" className="border-b-2 border-line p-2 align-top">
                <Link href={`/aanbod/${s.id}`}>
                  <CatalogueText value={s.name} />
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const same = services.length > 1 && new Set(services.map(row.key)).size === 1;
            return (
              <tr key={row.label} className={same ? "text-ink-secondary" : undefined}>
                <th scope="row" className="border-b border-line p-2 align-top">
                  {row.label}
                  {same ? <span className="block text-sm font-normal">{t("same")}</span> : null}
                </th>
                {services.map((s) => (
                  <td key={s.id} className="border-b border-line p-2 align-top">
                    {row.cell(s)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
