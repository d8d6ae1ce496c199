import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { Link } from "@/i18n/navigation";
import { formatDay, formatHours } from "@/lib/catalogue/format";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import type { WalkInDay } from "@/lib/catalogue/shapes/walk-in-hours";
import { Fact } from "./Fact";

/** The walk-in hours of the coming days, one section per day: when, where, what kind of help, and whose. */
export function WalkInDays({ days }: { days: readonly WalkInDay[] }) {
  const t = useTranslations("WalkInPage");
  const locale = useLocale();
  return (
    <div className="mt-4 flex flex-col gap-8">
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`} className="text-h2">
            {formatDay(day.date, locale)}
          </h2>
          <p className="mt-1 text-ink-secondary">{t("count", { count: day.hours.length })}</p>
          <ul className="mt-3 flex flex-col gap-4">
            {day.hours.map((hour, index) => {
              const hours = formatHours(hour, locale);
              const id = `walk-in-${day.date}-${index}`;
              return (
                <li key={id} className="rounded-portal border-2 border-line p-4">
                  <article aria-labelledby={id}>
                    <h3 id={id} className="text-h3">
                      {hours ? <span className="block">{t("hours", hours)}</span> : null}
                      <Link href={`/aanbod/${hour.service.id}`}>
                        <CatalogueText value={hour.service.name} />
                      </Link>
                    </h3>
                    <p className="mt-1 text-ink-secondary">{hour.service.organizationName}</p>
                    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
                      <Fact term={t("where")}>
                        {hour.place.name}
                        {hour.place.address ? (
                          <address className="not-italic">
                            {hour.place.address.line}
                            <br />
                            {[hour.place.address.postalCode, hour.place.address.city].filter(Boolean).join(" ")}
                          </address>
                        ) : null}
                      </Fact>
                      <Fact term={t("kind")}>{vocabularyLabel(locale, "kind", hour.service.kind ?? "unknown")}</Fact>
                    </dl>
                  </article>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
