import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** One row: the record's name as a link to where it is worked on, and a short line under it. */
export type DashboardRow = { key: string; href: string; name: string; lang?: string; detail: string };

type Props = {
  id: string;
  title: string;
  total: number;
  /** The full list; left out when the rows shown are all there is. */
  href?: string;
  rows: readonly DashboardRow[];
  empty?: string;
};

/** One section of the editor's dashboard: a count, the first few rows, and the way to the full list. */
export function DashboardSection({ id, title, total, href, rows, empty }: Props) {
  const t = useTranslations("EditorDashboard");
  return (
    <section aria-labelledby={id} className="rounded-portal border-2 border-line p-4">
      <h2 id={id} className="text-h3">
        {title} <span className="font-normal">({total})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2">{empty ?? t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {rows.map((row) => (
            <li key={row.key}>
              <Link href={row.href} prefetch={false} lang={row.lang}>
                {row.name}
              </Link>
              <span className="block text-sm text-ink-secondary">{row.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {href && total > 0 ? (
        <p className="mt-3">
          <Link href={href} prefetch={false} className="inline-flex min-h-11 items-center font-bold">
            {t("all", { count: total })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
