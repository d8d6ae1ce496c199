import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { nextOccurrences, walkInOnly } from "@/lib/catalogue/schedule";
import type { LocationDetail } from "@/lib/catalogue/shapes/service-detail";
import { PageSection } from "@/components/layout/PageSection";
import { ScheduleList } from "./ScheduleList";
import { WalkInTime } from "./WalkInTime";

/** Where the service is given, with accessibility and the next actual walk-in dates. */
export function ServiceLocations({ locations, now }: { locations: readonly LocationDetail[]; now: Date }) {
  const t = useTranslations("ServicePage");
  if (locations.length === 0) return null;
  return (
    <PageSection id="locations" title={t("locations")}>
      <ul className="mt-4 flex flex-col gap-6">
        {locations.map((location, index) => {
          // Only walk-in hours get dates: an hour by appointment is no moment to come by.
          const dates = nextOccurrences(walkInOnly(location.schedules), now, 4);
          return (
            <li key={`${location.name}-${index}`} className="rounded-portal border-2 border-line p-4">
              <h3 className="text-h3">{location.name}</h3>
              {location.address ? (
                <address className="mt-2 not-italic">
                  {location.address.line}
                  <br />
                  {[location.address.postalCode, location.address.city].filter(Boolean).join(" ")}
                </address>
              ) : location.virtual ? (
                <p className="mt-2">{t("virtual")}</p>
              ) : null}
              {location.serviceNote ? <CatalogueText as="p" value={location.serviceNote} className="mt-2" /> : null}
              {location.description ? <CatalogueText as="p" value={location.description} className="mt-2 max-w-prose" /> : null}
              {location.schedules.length > 0 ? (
                <>
                  <h4 className="mt-4 font-bold">{t("times")}</h4>
                  <ScheduleList schedules={location.schedules} />
                  {dates.length > 0 ? (
                    <>
                      <p className="mt-2">{t("nextDates")}:</p>
                      <ul className="mt-1 list-disc pl-6">
                        {dates.map((o) => (
                          <li key={`${o.date}-${o.schedule}`}>
                            <WalkInTime occurrence={o} />
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : location.schedules.some((s) => s.freq && s.attendance === "walk-in") ? (
                    <p className="mt-2">{t("noDates")}</p>
                  ) : null}
                </>
              ) : null}
              {location.accessibility.length > 0 ? (
                <>
                  <h4 className="mt-4 font-bold">{t("accessibility")}</h4>
                  <ul className="mt-1 list-disc pl-6">
                    {location.accessibility.map((text, i) => (
                      <CatalogueText key={i} as="li" value={text} />
                    ))}
                  </ul>
                </>
              ) : null}
              {location.transportation ? (
                <>
                  <h4 className="mt-4 font-bold">{t("transportation")}</h4>
                  <CatalogueText as="p" value={location.transportation} className="mt-1 max-w-prose" />
                </>
              ) : null}
              {location.url ? (
                <p className="mt-2">
                  <a href={location.url}>{location.url}</a>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </PageSection>
  );
}
