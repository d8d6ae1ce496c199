import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { ChooseForm } from "@/components/contact/ChooseForm";
import { CredentialExplanations } from "@/components/catalogue/CredentialExplanations";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { Link } from "@/i18n/navigation";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { ServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { Fact } from "./Fact";
import { TermList } from "./TermList";

type Row = { label: string; key: (s: ServiceDetail) => string; cell: (s: ServiceDetail) => ReactNode };

/**
 * One card per service, its facts as a description list: stacked on a phone (no table
 * to scroll sideways), side by side on a wide screen, where CSS subgrid lines the same
 * fact up across the cards like the rows of a table. Facts that are the same for every
 * service are marked, so the differences stand out.
 */
export function CompareCards({ services }: { services: readonly ServiceDetail[] }) {
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

  const same = (row: Row) => services.length > 1 && new Set(services.map(row.key)).size === 1;
  // On a wide screen each card spans the heading row, one row per fact and the row of its
  // "call me" button (9 facts: keep lg:row-span-11 and lg:row-span-9 in step with `rows`),
  // and the subgrids share those rows. Literal classes, since the CSP allows no inline style for a custom property.

  return (
    <section aria-labelledby="compare-caption" className="mt-6">
      <h2 id="compare-caption" className="text-h3">
        {t("caption", { count: services.length })}
      </h2>
      <ul className={`mt-3 grid gap-4 ${services.length > 2 ? "lg:grid-cols-3" : "lg:grid-cols-2"}`}>
        {services.map((s) => (
          <li key={s.id} className="grid gap-y-3 rounded-portal border-2 border-line bg-canvas p-4 lg:row-span-11 lg:grid-rows-subgrid">
            <h3 className="text-lg sm:text-h3">
              <Link href={`/aanbod/${s.id}`}>
                <CatalogueText value={s.name} />
              </Link>
            </h3>
            <dl className="grid gap-y-3 lg:row-span-9 lg:grid-rows-subgrid">
              {rows.map((row) => (
                <Fact key={row.label} term={row.label} note={same(row) ? t("same") : undefined}>
                  {row.cell(s)}
                </Fact>
              ))}
            </dl>
            {s.temporarilyClosed ? null : (
              <ChooseForm serviceId={s.id} variant="secondary">
                {t("callMe")}
                <span className="sr-only">: {s.name.text}</span>
              </ChooseForm>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
