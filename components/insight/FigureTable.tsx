import { useTranslations } from "next-intl";
import type { FigureTableData } from "./handover-tables";

/**
 * A table of figures with several columns: a heading, a line on what it counts, a real
 * table (the first column names each row), and its CSV. A wide table scrolls sideways in
 * its own region, which a keyboard user can reach and scroll.
 */
export function FigureTable({ table, csvHref }: { table: FigureTableData; csvHref: string }) {
  const t = useTranslations("Insight");
  const tHandovers = useTranslations("InsightHandovers");
  const titleId = `${table.id}-title`;
  const numeric = (index: number) => (index >= table.firstNumber ? "text-right tabular-nums" : "text-left");
  return (
    <section aria-labelledby={titleId} className="rounded-portal border-2 border-line p-4">
      <h3 id={titleId} className="text-h3">
        {table.title}
      </h3>
      <p className="mt-1 max-w-prose text-ink-secondary">{table.note}</p>
      {table.rows.length === 0 ? (
        <p className="mt-3">{tHandovers("none")}</p>
      ) : (
        // A region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div role="region" aria-labelledby={titleId} tabIndex={0} className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse">
            <caption className="sr-only">{table.title}</caption>
            <thead>
              <tr>
                {table.header.map((name, index) => (
                  <th key={name} scope="col" className={`border-b-2 border-line py-1 pr-3 ${numeric(index)}`}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={`${row[0]}-${row[1]}-${rowIndex}`}>
                  {row.map((value, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="border-b border-line py-1 pr-3 text-left font-normal">
                        {value}
                      </th>
                    ) : (
                      <td key={index} className={`border-b border-line py-1 pr-3 ${numeric(index)}`}>
                        {value}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-3">
        <a href={csvHref} download>
          {t("csv", { title: table.title })}
        </a>
      </p>
    </section>
  );
}
