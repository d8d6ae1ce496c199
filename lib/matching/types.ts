/** What matching needs to know about a service: plain data, no database, no locale. */
export type MatchService = {
  id: string;
  kind: "formal" | "experience-expert" | "volunteer" | undefined;
  /** The organization is neither care provider nor access team. */
  independent: boolean;
  /** The organization is the municipality's access team: it decides, so it is never suggested as client support. */
  accessTeam: boolean;
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
  /**
   * "There is danger now" was ticked. Never read from an address (lib/vraagwijzer/answers.ts):
   * only where the server knows it, the crisis path.
   */
  danger?: boolean;
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
  /**
   * A volunteer or experience expert shown beside the professional in a complex
   * situation: it fits the person, and its formal backup is named in a caveat.
   */
  companion?: true;
};

export type MatchOutcome = "enough" | "thin" | "empty";

export type MatchResult<S extends MatchService = MatchService> = {
  /** The resident's situation looks complex: independent formal support comes first. */
  complex: boolean;
  outcome: MatchOutcome;
  suggestions: Suggestion<S>[];
  /** Only when nothing fits: the closest services in the municipality, with what does not fit. */
  nearest: Suggestion<S>[];
  /** Services of the access team: never suggested as client support, shown in their own block. */
  accessTeam: S[];
  /** Danger was ticked: the access team comes first, before any suggestion. */
  accessTeamFirst: boolean;
};
