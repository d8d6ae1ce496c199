import type { ResultCardData } from "./ResultCard";

/**
 * The order of a card's fields when the cards travel as rows (packCards): the field names
 * are not sent twenty times; an absent field is a short `null`, absent fields at the end
 * nothing.
 */
const FIELDS = [
  "id", "name", "organization", "description", "kind", "domains", "languages", "attending", "nextWalkIn", "walkInPlace",
  "waiting", "newClients", "checked", "stale",
  // Rarely there: last, so most rows end before them.
  "chosen", "noCompare", "nameLang", "descriptionLang", "closed", "dependence",
] as const satisfies readonly (keyof ResultCardData)[];
export type PackedCards = unknown[][];
// Every field of a card has its place: a new field left out of FIELDS fails the type check here.
const everyField: Exclude<keyof ResultCardData, (typeof FIELDS)[number]> extends never ? true : never = true;
void everyField;

/** On the server: the cards as rows in FIELDS order, trailing absent fields left off. */
export function packCards(cards: readonly ResultCardData[]): PackedCards {
  return cards.map((card) => {
    const row = FIELDS.map((field) => card[field] ?? null);
    while (row.length > 0 && row.at(-1) === null) row.pop();
    return row;
  });
}

export function unpackCard(row: readonly unknown[]): ResultCardData {
  const card: Record<string, unknown> = {};
  FIELDS.forEach((field, i) => {
    if (row[i] !== null && row[i] !== undefined) card[field] = row[i];
  });
  return card as ResultCardData;
}
