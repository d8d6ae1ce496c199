/**
 * Text handling shared by the search index and search queries: both sides are folded
 * the same way, so "client" finds "cliënt" and "Ayse" finds "Ayşe".
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

// Dutch glues words together: "cliëntondersteuning", "schuldhulp", "mantelzorg". The
// heads that matter for client support are added as words of their own, so a search for
// "ondersteuners" or "hulp" finds the compounds too.
const COMPOUND_HEADS = ["ondersteun", "hulp", "zorg", "advies", "adviseur", "coach", "maatje", "spreekuur", "deskundig"];

/** Extra words for the compounds in a folded text (index side only). */
export function compoundHeads(folded: string): string[] {
  const extra = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    for (const head of COMPOUND_HEADS) {
      const at = word.indexOf(head);
      if (at > 0) extra.add(word.slice(at));
    }
  }
  return [...extra];
}

// Dutch agent nouns and -ing nouns stem apart ("ondersteuners" → ondersteuner,
// "ondersteuning" → ondersteun): searching the shorter base as a prefix as well finds both.
const DUTCH_SUFFIXES = ["ingen", "ing", "ers", "er"];

/** Alternatives to search for one word: the word itself and, for long words, its base. */
export function wordAlternatives(word: string): string[] {
  const alternatives = [word];
  for (const suffix of DUTCH_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 6) {
      alternatives.push(word.slice(0, -suffix.length));
      break;
    }
  }
  return alternatives;
}

/**
 * A to_tsquery() expression that finds every word (each as a prefix, so "schuld" finds
 * "schuldhulp"), or undefined when the text has no searchable words. Only letters and
 * digits reach the expression, so a visitor cannot write tsquery syntax.
 */
export function toPrefixQuery(text: string): string | undefined {
  const words = foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map((word) => `(${wordAlternatives(word).map((alt) => `${alt}:*`).join(" | ")})`).join(" & ");
}
