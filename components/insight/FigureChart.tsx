import { useTranslations } from "next-intl";
import type { Figure } from "@/lib/insight/figures";

type Props = {
  id: string;
  title: string;
  figures: readonly Figure[];
  label: (value: string) => string;
  /** The CSV of this chart's table. */
  csvHref: string;
};

const BAR_WIDTH = 240;

/**
 * One chart of the dashboard: bars for the eye (hidden from assistive technology), then
 * the same figures as a real table, then its CSV. A count below the threshold has no bar
 * and reads "minder dan 5".
 */
export function FigureChart({ id, title, figures, label, csvHref }: Props) {
  const t = useTranslations("Insight");
  const max = Math.max(1, ...figures.map((f) => f.count ?? 0));
  return (
    <section aria-labelledby={id} className="rounded-portal border-2 border-line p-4">
      <h3 id={id} className="text-h3">
        {title}
      </h3>
      {figures.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <>
          <svg aria-hidden="true" focusable="false" className="mt-3 w-full max-w-sm" viewBox={`0 0 ${BAR_WIDTH} ${figures.length * 14}`} role="presentation">
            {figures.map((figure, index) => (
              <rect key={figure.value} x={0} y={index * 14 + 2} height={10} width={figure.count === null ? 0 : Math.max(2, (figure.count / max) * BAR_WIDTH)} className="fill-primary" />
            ))}
          </svg>
          <table className="mt-3 w-full border-collapse">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-line py-1 pr-3 text-left">
                  {t("value")}
                </th>
                <th scope="col" className="border-b-2 border-line py-1 text-right">
                  {t("count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => (
                <tr key={figure.value}>
                  <td className="border-b border-line py-1 pr-3">{label(figure.value)}</td>
                  <td className="border-b border-line py-1 text-right tabular-nums">{figure.count ?? t("fewer")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="mt-3">
        <a href={csvHref} download>
          {t("csv", { title })}
        </a>
      </p>
    </section>
  );
}
