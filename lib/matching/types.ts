/** What matching needs to know about a service: plain data, no database, no locale. */
export type MatchService = {
  id: string;
  kind: "formal" | "experience-expert" | "volunteer" | undefined;
  /** The organization is neither care provider nor access team. */
  independent: boolean;
  active: boolean;
  municipalities: readonly string[];
  domains: readonly string[];
  targetGroups: readonly string[];
  attending: readonly string[];
  languages: readonly string[];
  minimumAge: number | null;
  maximumAge: number | null;
  handlesComplex: boolean;
  acceptingNewClients: boolean | null;
  waitingDays: number | null;
  backupServiceId: string | null;
  supporters: ReadonlyArray<{ id: string; displayName: string; languages: readonly string[]; livedExperience: readonly string[] }>;
};

/**
 * What matching needs to know about the resident's question: plain codes, no locale.
 * The vraagwijzer's answers fit this shape; matching does not depend on the vraagwijzer.
 */
export type MatchAnswers = {
  forWhom?: "self" | "child" | "carer";
  municipality?: string;
  domains: readonly string[];
  signals: readonly string[];
  age?: number;
  /** A kind of supporter, or "any". */
  kind?: string;
  language?: string;
  livedExperience?: string;
  attending: readonly string[];
};

/** A plain-language reason or caveat: a message key under VraagwijzerReason / VraagwijzerCaveat plus its values. */
export type Note = { key: string; params?: Record<string, string | number> };

export type Suggestion<S extends MatchService = MatchService> = {
  service: S;
  /** The person whose language or experience fits best, if one stands out. */
  supporterId: string | undefined;
  score: number;
  reasons: Note[];
  caveats: Note[];
};

export type MatchOutcome = "enough" | "thin" | "empty";

export type MatchResult<S extends MatchService = MatchService> = {
  /** The resident's situation looks complex: independent formal support comes first. */
  complex: boolean;
  outcome: MatchOutcome;
  suggestions: Suggestion<S>[];
  /** Only when nothing fits: the closest services in the municipality, with what does not fit. */
  nearest: Suggestion<S>[];
};
