import { useLocale, useTranslations } from "next-intl";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { getPathname } from "@/i18n/navigation";
import type { DirectoryEntry } from "@/lib/catalogue/shapes/directory-entry";
import { pastCheckLimitNow } from "@/lib/catalogue/checked";
import { formatDate } from "@/lib/catalogue/format";
import { vocabularyLabel } from "@/lib/catalogue/labels";
import { nextWalkIn } from "@/lib/catalogue/directory/sort";
import { directoryQuery, type DirectoryFilters } from "@/lib/catalogue/directory/filters";
import { MAX_COMPARE } from "@/lib/catalogue/url-params";
import { ClosedNotice } from "./ClosedNotice";
import { walkInMoment } from "./WalkInTime";

import { packCards } from "./card-rows";
import { ResultCards, type ResultCardData, type ResultWords } from "./ResultCard";
import { DATE, NAME, PLACE } from "./stand-in";

type Props = { entries: readonly DirectoryEntry[]; now: Date; filters: DirectoryFilters };

/**
 * The page of results. Everything a card shows is worked out here, on the server, as plain
 * strings: the cards themselves (ResultCard.tsx) only lay them out. A page sends what it
 * renders twice, as HTML and as the RSC payload; twenty cards as data with the words they
 * share sent once are less than half the size of twenty server-rendered element trees.
 */
export function ResultList({ entries, now, filters }: Props) {
  const t = useTranslations("DirectoryResult");
  const tService = useTranslations("Service");
  const tChecked = useTranslations("CheckedNotice");
  const locale = useLocale();
  const label = (group: "kind" | "domain" | "attending" | "language", codes: readonly string[]) =>
    codes.map((code) => vocabularyLabel(locale, group, code)).join(", ");
  const words: ResultWords = {
    detailsBase: getPathname({ locale, href: "/aanbod" }),
    kind: t("kind"),
    domains: t("domains"),
    languages: t("languages"),
    attending: t("attending"),
    nextWalkIn: t("nextWalkIn"),
    waiting: t("waiting"),
    newClients: t("newClients"),
    compare: t("compare"),
    compareUndo: t("compareUndo"),
    compareChosen: t("compareChosen"),
    compareFull: t("compareFull"),
    // Worded once with a stand-in that each card fills: the sentence is not sent twenty times.
    compareNamed: t("compareNamed", { name: NAME }),
    compareUndoNamed: t("compareUndoNamed", { name: NAME }),
    checked: t("checked", { date: DATE }),
    stale: tChecked("staleCard"),
    walkInPlace: t("walkInPlace", { place: PLACE }),
    independent: tService("independent"),
    // Each card's compare link is made from these, not sent twenty times (compare-query.ts).
    otherFilters: directoryQuery({ ...filters, vergelijk: [] }),
    chosen: filters.vergelijk,
  };
  const full = filters.vergelijk.length >= MAX_COMPARE;

  const cards = entries.map((entry): ResultCardData => {
    const next = nextWalkIn(entry, now);
    const place = next && entry.schedules[next.schedule]?.place;
    const chosen = filters.vergelijk.includes(entry.id);
    const card: ResultCardData = {
      id: entry.id,
      name: entry.name.text,
      organization: entry.organizationName,
      kind: vocabularyLabel(locale, "kind", entry.kind ?? "unknown"),
      languages: label("language", entry.languages),
    };
    // Only what a card has: an absent field costs nothing, an empty one would be sent.
    if (entry.temporarilyClosed) card.closed = <ClosedNotice reason={entry.closedReason} reopensOn={entry.reopensOn} />;
    // Most services are independent: then the card shows the note's words, sent once for the page.
    if (!entry.independence.independent) card.dependence = <IndependenceNote value={entry.independence} />;
    if (entry.name.lang !== locale) card.nameLang = entry.name.lang;
    if (entry.description) {
      card.description = entry.description.text;
      if (entry.description.lang !== locale) card.descriptionLang = entry.description.lang;
    }
    if (entry.domains.length > 0) card.domains = label("domain", entry.domains);
    if (entry.attending.length > 0) card.attending = label("attending", entry.attending);
    if (next) card.nextWalkIn = walkInMoment(next, locale, (values) => t("walkInAt", values));
    if (place) card.walkInPlace = [place.name, place.address?.city].filter(Boolean).join(", ");
    if (entry.waitingDays !== null) card.waiting = t("waitingDays", { days: entry.waitingDays });
    if (entry.acceptingNewClients !== null) card.newClients = entry.acceptingNewClients ? t("accepting") : t("notAccepting");
    if (entry.assuredDate) card.checked = formatDate(entry.assuredDate, locale);
    if (pastCheckLimitNow(entry.assuredDate, now)) card.stale = true;
    if (chosen) card.chosen = true;
    if (!chosen && full) card.noCompare = true;
    return card;
  });

  return <ResultCards cards={packCards(cards)} words={words} />;
}
