import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { formatHours, formatWeekdays } from "@/lib/catalogue/format";
import type { ContactDetails, ContactSchedule } from "@/lib/catalogue/shapes/contact-details";
import { ReachRows } from "./ReachRows";

/** Every way to reach the chosen service: phone, e-mail, website, addresses with walk-in times. */
export function ContactWays({ details }: { details: ContactDetails }) {
  const t = useTranslations("ContactPage");
  const locale = useLocale();
  const scheduleText = (schedule: ContactSchedule) => {
    const hours = formatHours(schedule, locale);
    if (!hours) return undefined;
    const times = { opens: hours.from, closes: hours.to };
    const days = schedule.freq === "WEEKLY" ? formatWeekdays(schedule.days, locale) : undefined;
    if (days?.workdays) return t("workdays", times);
    if (days) return t("weekly", { ...times, days: days.text });
    if (schedule.freq === "MONTHLY") return t("monthly", times);
    return t("times", times);
  };
  const nothing = details.phones.length === 0 && !details.email && !details.website && details.places.length === 0;

  return (
    <section aria-labelledby="ways" className="mt-8">
      <h2 id="ways" className="text-h3 sm:text-h2">
        {t("ways")}
      </h2>
      {nothing ? <p className="mt-2">{t("noWays")}</p> : null}
      {details.applicationProcess ? <CatalogueText as="p" value={details.applicationProcess} className="mt-2 max-w-prose" /> : null}
      <dl className="mt-4 flex flex-col gap-4">
        <ReachRows details={details} />
        {details.website ? (
          <div>
            <dt className="font-bold">{t("website")}</dt>
            <dd>
              <a href={details.website}>{details.website}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {details.places.length > 0 ? (
        <>
          <h3 className="mt-6 text-h3">{t("walkIn")}</h3>
          <ul className="mt-2 flex flex-col gap-4">
            {details.places.map((place, index) => (
              <li key={`${place.name}-${index}`} className="rounded-portal bg-surface p-3">
                <p className="font-bold">{place.name}</p>
                {place.address ? <p>{place.address}</p> : null}
                {place.description ? <CatalogueText as="p" value={place.description} /> : null}
                {place.schedules.length > 0 ? (
                  <ul className="mt-1 list-disc pl-6">
                    {place.schedules.map((schedule, position) => (
                      <li key={position}>
                        {scheduleText(schedule)}
                        {schedule.description ? (
                          <>
                            {scheduleText(schedule) ? ". " : null}
                            <CatalogueText value={schedule.description} />
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
