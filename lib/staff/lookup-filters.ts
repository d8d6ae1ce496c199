/**
 * The staff lookup's filters, read from the address (a GET form). The parameter names
 * are the resident directory's (gemeente, soort, domein, doelgroep, taal, contact,
 * leeftijd, onafhankelijk, nieuw, q), so this module can be swapped for the shared one.
 */
export type LookupFilters = {
  q?: string;
  gemeente?: string;
  soort?: string;
  domein?: string;
  doelgroep?: string;
  taal?: string;
  contact?: string;
  leeftijd?: number;
  onafhankelijk?: boolean;
  nieuw?: boolean;
};

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  const trimmed = one?.trim();
  return trimmed ? trimmed : undefined;
}

const code = (value: string | undefined) => (value && /^[a-z][a-z0-9-]{0,40}$/.test(value) ? value : undefined);

export function parseLookupFilters(params: Params): LookupFilters {
  const gemeente = first(params.gemeente)?.toUpperCase();
  const age = Number(first(params.leeftijd));
  const yes = (value: string | undefined) => value === "ja" || value === "true" || value === "1";
  return {
    q: first(params.q)?.slice(0, 200),
    gemeente: gemeente && /^GM\d{4}$/.test(gemeente) ? gemeente : undefined,
    soort: code(first(params.soort)),
    domein: code(first(params.domein)),
    doelgroep: code(first(params.doelgroep)),
    taal: code(first(params.taal)?.toLowerCase()),
    contact: code(first(params.contact)),
    leeftijd: Number.isInteger(age) && age >= 0 && age <= 130 ? age : undefined,
    onafhankelijk: yes(first(params.onafhankelijk)) || undefined,
    nieuw: yes(first(params.nieuw)) || undefined,
  };
}

/** The words of a search, each of which must match somewhere. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? "")
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[%_\\]/g, ""))
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

const LANGUAGE_CODES = ["nl", "en", "tr", "ar", "pl", "de", "fr", "es", "pt", "so", "ti", "fa", "uk", "ru", "zgh", "ber", "pap", "fy", "sgn"];

/** Language codes whose Dutch or English name contains the word: "turks" and "turkish" find tr. */
export function languagesNamed(word: string): string[] {
  const names = ["nl", "en"].map((locale) => new Intl.DisplayNames([locale], { type: "language" }));
  return LANGUAGE_CODES.filter((language) =>
    names.some((display) => {
      try {
        return (display.of(language) ?? "").toLowerCase().includes(word);
      } catch {
        return false;
      }
    }),
  ).concat(LANGUAGE_CODES.includes(word) ? [word] : []);
}
