import { parseMunicipalityCode, urlParams } from "@/lib/catalogue/url-params";
import { ASKED_LANGUAGE_CODES, ATTENDING_CODES, DOMAIN_CODES, LIVED_EXPERIENCE_CODES } from "@/lib/catalogue/vocabulary";

/**
 * The resident's answers, carried from step to step in the address (GET forms with
 * hidden fields). Nothing about the person is stored on the server; the summary link is
 * simply this address. One schema for the pages, the summary and the matching.
 */
export const FOR_WHOM = ["self", "child", "carer"] as const;
// The catalogue's own vocabularies: one list for the directory, the vraagwijzer and matching.
export const DOMAINS = DOMAIN_CODES;
/** The signals that travel in the address and go to matching. */
export const SIGNALS = ["several-domains", "long-lasting", "wlz", "decision", "kitchen-table", "stuck"] as const;
/**
 * "There is danger now" is asked with the signals but never travels in an address: the
 * signals page posts it (lib/actions/resident-actions.ts, chooseSignals), the answer is
 * the crisis numbers at once, and the flow goes on with the other answers only.
 */
export const DANGER = "danger";
/** The signals page's choices: danger first. */
export const SIGNAL_CHOICES = [DANGER, ...SIGNALS] as const;
export const KIND_CHOICES = ["any", "formal", "experience-expert", "volunteer"] as const;
export const ATTENDING = ATTENDING_CODES;
export const LIVED_EXPERIENCE = LIVED_EXPERIENCE_CODES;
/** Languages a resident can ask for; the catalogue uses the same ISO codes. */
export const LANGUAGES = ASKED_LANGUAGE_CODES;

export type Domain = (typeof DOMAINS)[number];
export type Signal = (typeof SIGNALS)[number];
export type Attending = (typeof ATTENDING)[number];

export type Answers = {
  forWhom?: (typeof FOR_WHOM)[number];
  municipality?: string;
  domains: Domain[];
  signals: Signal[];
  age?: number;
  kind?: (typeof KIND_CHOICES)[number];
  language?: (typeof LANGUAGES)[number];
  livedExperience?: (typeof LIVED_EXPERIENCE)[number];
  attending: Attending[];
};

/** The query parameter names (Dutch, as residents see them in the address). */
export const PARAM = {
  forWhom: "voor",
  municipality: "gemeente",
  domains: "onderwerp",
  signals: "signaal",
  age: "leeftijd",
  kind: "soort",
  language: "taal",
  livedExperience: "ervaring",
  attending: "contact",
} as const satisfies Record<keyof Answers, string>;

type Query = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());
const first = (value: string | string[] | undefined): string | undefined => list(value)[0]?.trim() || undefined;

/** Keeps known values only, in the fixed order of the vocabulary, without duplicates. */
function pickAll<T extends string>(vocabulary: readonly T[], value: string | string[] | undefined): T[] {
  const given = new Set(list(value));
  return vocabulary.filter((item) => given.has(item));
}

function pickOne<T extends string>(vocabulary: readonly T[], value: string | string[] | undefined): T | undefined {
  const given = first(value);
  return vocabulary.find((item) => item === given);
}

/**
 * Reads answers from an address. Anything unknown or malformed is left out rather than
 * refused: an old or edited link still opens, and the flow simply asks again.
 */
export function parseAnswers(query: Query): Answers {
  // The same rules as the directory's parameters of the same name (lib/catalogue/url-params.ts).
  const age = urlParams.leeftijd.safeParse(first(query[PARAM.age]));
  return {
    forWhom: pickOne(FOR_WHOM, query[PARAM.forWhom]),
    municipality: parseMunicipalityCode(query[PARAM.municipality]),
    domains: pickAll(DOMAINS, query[PARAM.domains]),
    signals: pickAll(SIGNALS, query[PARAM.signals]),
    age: age.success && first(query[PARAM.age]) !== undefined ? age.data : undefined,
    kind: pickOne(KIND_CHOICES, query[PARAM.kind]),
    language: pickOne(LANGUAGES, query[PARAM.language]),
    livedExperience: pickOne(LIVED_EXPERIENCE, query[PARAM.livedExperience]),
    attending: pickAll(ATTENDING, query[PARAM.attending]),
  };
}

/** The answers as ordered name/value pairs, for hidden fields and links. */
export function answerEntries(answers: Answers, except: ReadonlyArray<keyof Answers> = []): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const key of Object.keys(PARAM) as Array<keyof Answers>) {
    if (except.includes(key)) continue;
    const value = answers[key];
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      entries.push([PARAM[key], String(item)]);
    }
  }
  return entries;
}

/** `?voor=self&gemeente=GM0344&…`: the summary link, with no personal data beyond the answers. */
export function answersQuery(answers: Answers, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams([...answerEntries(answers), ...Object.entries(extra)]);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
