import { useLocale, useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { getPathname, Link } from "@/i18n/navigation";
import type { DirectoryEntry } from "@/lib/catalogue/shapes/directory-entry";
import { formatDate } from "@/lib/catalogue/format";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { nextWalkIn } from "@/lib/catalogue/directory/sort";
import { directoryQuery, toggleCompare, type DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { MAX_COMPARE } from "@/lib/catalogue/url-params";
import { ClosedNotice } from "./ClosedNotice";
import { Fact } from "./Fact";
import { TermList } from "./TermList";
import { WalkInTime } from "./WalkInTime";

type Props = { entry: DirectoryEntry; now: Date; filters: DirectoryFilters };

/** One service in the directory: enough to choose, with the way to its page. */
export function ResultCard({ entry, now, filters }: Props) {
  const t = useTranslations("DirectoryResult");
  const locale = useLocale();
  const next = nextWalkIn(entry, now);
  const place = next && entry.schedules[next.schedule]?.place;
  const terms = (group: "domain" | "attending", codes: readonly string[]) => codes.map((code) => ({ text: vocabularyLabel(locale, group, code), lang: locale }));
  const chosen = filters.vergelijk.includes(entry.id);

  return (
    // Card classes live in app/globals.css: this markup is repeated twenty times, and again in the RSC payload.
    <li className="card">
      <article aria-labelledby={`result-${entry.id}`}>
        <h3 id={`result-${entry.id}`}>
          {/* A plain link: twenty cards, no client component and no prefetch each. */}
          <a href={getPathname({ locale, href: `/aanbod/${entry.id}` })}>
            <CatalogueText value={entry.name} />
          </a>
        </h3>
        <p className="card-org">{entry.organizationName}</p>
        {entry.temporarilyClosed ? <ClosedNotice /> : null}
        <IndependenceNote value={entry.independence} />
        {entry.description ? <CatalogueText as="p" value={entry.description} className="card-text" /> : null}
        <dl>
          <Fact term={t("kind")}>{vocabularyLabel(locale, "kind", entry.kind ?? "unknown")}</Fact>
          {entry.domains.length > 0 ? (
            <Fact term={t("domains")}>
              <TermList items={terms("domain", entry.domains)} />
            </Fact>
          ) : null}
          <Fact term={t("languages")}>{entry.languages.map((code) => vocabularyLabel(locale, "language", code)).join(", ")}</Fact>
          {entry.attending.length > 0 ? (
            <Fact term={t("attending")}>
              <TermList items={terms("attending", entry.attending)} />
            </Fact>
          ) : null}
          {next ? (
            <Fact term={t("nextWalkIn")}>
              <WalkInTime occurrence={next} />
              {place ? (
                <>
                  <br />
                  {t("walkInPlace", { place: [place.name, place.address?.city].filter(Boolean).join(", ") })}
                </>
              ) : null}
            </Fact>
          ) : null}
          {entry.waitingDays !== null ? <Fact term={t("waiting")}>{t("waitingDays", { days: entry.waitingDays })}</Fact> : null}
          {entry.acceptingNewClients !== null ? (
            <Fact term={t("newClients")}>{entry.acceptingNewClients ? t("accepting") : t("notAccepting")}</Fact>
          ) : null}
        </dl>
        <div className="card-foot">
          {entry.assuredDate ? <p>{t("checked", { date: formatDate(entry.assuredDate, locale) })}</p> : <span />}
          <div>
            {chosen ? (
              <p className="font-bold">
                <span aria-hidden="true">✓ </span>
                {t("compareChosen")}
              </p>
            ) : null}
            {chosen || filters.vergelijk.length < MAX_COMPARE ? (
              // The same link in both states, so focus stays on it after the page updates.
              <Link
                href={`/aanbod${directoryQuery(toggleCompare(filters, entry.id))}#result-${entry.id}`}
                prefetch={false}
                aria-label={chosen ? t("compareUndoNamed", { name: entry.name.text }) : t("compareNamed", { name: entry.name.text })}
              >
                {chosen ? t("compareUndo") : t("compare")}
              </Link>
            ) : (
              <p className="text-ink-secondary">{t("compareFull")}</p>
            )}
          </div>
        </div>
      </article>
    </li>
  );
}
