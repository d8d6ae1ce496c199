"use client";

import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { toggledChoice, withCompare } from "@/lib/catalogue/directory/compare-query";
import { Fact } from "./Fact";
import { unpackCard, type PackedCards } from "./card-rows";
import { DATE, fill, NAME, PLACE } from "./stand-in";

/** One card's content, worked out on the server (ResultList.tsx); absent means "not shown". */
export type ResultCardData = {
  id: string;
  name: string;
  nameLang?: string;
  organization: string;
  /** The temporarily-closed notice, rendered on the server. */
  closed?: ReactNode;
  /** Why it is not independent, rendered on the server (IndependenceNote); absent when independent (most are). */
  dependence?: ReactNode;
  description?: string;
  descriptionLang?: string;
  kind: string;
  domains?: string;
  languages: string;
  attending?: string;
  nextWalkIn?: string;
  /** Where the next walk-in is (ResultWords.walkInPlace says "where"). */
  walkInPlace?: string;
  waiting?: string;
  newClients?: string;
  /** The day its information was last checked. */
  checked?: string;
  /** Checked too long ago, or never (lib/catalogue/check-limit.ts): call first. */
  stale?: true;
  chosen?: true;
  /** Three others are chosen: this one cannot be added. */
  noCompare?: true;
};

/** The words every card shares, sent once for the page. */
export type ResultWords = {
  detailsBase: string;
  kind: string;
  domains: string;
  languages: string;
  attending: string;
  nextWalkIn: string;
  waiting: string;
  newClients: string;
  compare: string;
  compareUndo: string;
  compareChosen: string;
  compareFull: string;
  /** Sentences with a stand-in (NAME, DATE) that each card fills in. */
  compareNamed: string;
  compareUndoNamed: string;
  checked: string;
  /** A card's "call first" note when its check is too old. */
  stale: string;
  walkInPlace: string;
  /** IndependenceNote's words for an independent service. */
  independent: string;
  /** The query of the page's filters without the compare choice, and that choice. */
  otherFilters: string;
  chosen: readonly string[];
};

/**
 * The directory's results. A client component only so that the cards travel as data: the
 * server renders them to HTML all the same, and the page works without JavaScript.
 */
export function ResultCards({ cards, words }: { cards: PackedCards; words: ResultWords }) {
  return (
    <ul className="mt-4 flex flex-col gap-4">
      {cards.map(unpackCard).map((card) => (
        <ResultCard key={card.id} card={card} words={words} />
      ))}
    </ul>
  );
}

/** One service: enough to choose, with the way to its page. Its classes live in app/globals.css (`.card`). */
function ResultCard({ card, words }: { card: ResultCardData; words: ResultWords }) {
  return (
    <li className="card">
      <article>
        <h3 id={`result-${card.id}`}>
          {/* A plain link: no prefetch for each of twenty cards. */}
          <a href={`${words.detailsBase}/${card.id}`} lang={card.nameLang}>
            {card.name}
          </a>
        </h3>
        <p>{card.organization}</p>
        {card.closed}
        {card.dependence ?? <p className="note-independent">{words.independent}</p>}
        {card.description ? (
          <p className="card-text" lang={card.descriptionLang}>
            {card.description}
          </p>
        ) : null}
        <dl>
          <Fact term={words.kind}>{card.kind}</Fact>
          {card.domains ? <Fact term={words.domains}>{card.domains}</Fact> : null}
          <Fact term={words.languages}>{card.languages}</Fact>
          {card.attending ? <Fact term={words.attending}>{card.attending}</Fact> : null}
          {card.nextWalkIn ? (
            <Fact term={words.nextWalkIn}>
              {card.nextWalkIn}
              {card.walkInPlace ? (
                <>
                  <br />
                  {fill(words.walkInPlace, PLACE, card.walkInPlace)}
                </>
              ) : null}
            </Fact>
          ) : null}
          {card.waiting ? <Fact term={words.waiting}>{card.waiting}</Fact> : null}
          {card.newClients ? <Fact term={words.newClients}>{card.newClients}</Fact> : null}
        </dl>
        <div className="card-foot">
          {card.checked || card.stale ? (
            <p>
              {card.checked ? fill(words.checked, DATE, card.checked) : null}
              {card.checked && card.stale ? <br /> : null}
              {card.stale ? <strong>{words.stale}</strong> : null}
            </p>
          ) : (
            <span />
          )}
          <div>
            {card.chosen ? (
              <p className="font-bold">
                <span aria-hidden="true">✓ </span>
                {words.compareChosen}
              </p>
            ) : null}
            {!card.noCompare ? (
              // The same link in both states, so focus stays on it after the page updates.
              <Link href={`/aanbod${withCompare(words.otherFilters, toggledChoice(words.chosen, card.id))}#result-${card.id}`} prefetch={false} aria-label={fill(card.chosen ? words.compareUndoNamed : words.compareNamed, NAME, card.name)}>
                {card.chosen ? words.compareUndo : words.compare}
              </Link>
            ) : (
              <p className="text-ink-secondary">{words.compareFull}</p>
            )}
          </div>
        </div>
      </article>
    </li>
  );
}
