import type { MatchAnswers, MatchResult, MatchService, Note, Suggestion } from "./types";

/**
 * Suggests services for the vraagwijzer. Pure and deterministic: the same catalogue and
 * answers always give the same list, so every rule is tested in a table (match.test.ts).
 * It suggests and explains; it never decides for the resident.
 */

/** The most suggestions one page shows. */
export const MAX_SUGGESTIONS = 6;
/** Fewer than this counts as a thin result in the use figures. */
export const THIN_BELOW = 3;
const NEAREST = 3;
const LONG_WAIT_DAYS = 21;
const SHORT_WAIT_DAYS = 7;
/** A complex situation with at most this many independent professionals also gets companions. */
const FEW_FORMAL = 1;
const MAX_COMPANIONS = 2;
/** From this age a resident is taken not to be "youth" (unless asking for a child). */
const YOUTH_UNTIL = 27;
const OLDER_FROM = 65;

const COMPLEX_SIGNALS = new Set(["several-domains", "long-lasting", "wlz", "decision", "kitchen-table", "stuck"]);
const COMPLEX_DOMAINS = new Set(["long-term-care", "objection-complaint"]);

/** Several domains at once, a long-lasting situation, Wlz, a decision or objection, a kitchen-table talk, feeling stuck. */
export function isComplex(answers: MatchAnswers): boolean {
  return (
    answers.domains.length >= 3 ||
    answers.signals.some((signal) => COMPLEX_SIGNALS.has(signal)) ||
    answers.domains.some((domain) => COMPLEX_DOMAINS.has(domain))
  );
}

function ageFits(service: MatchService, age: number | undefined): boolean {
  if (age === undefined) return true;
  return (service.minimumAge === null || age >= service.minimumAge) && (service.maximumAge === null || age <= service.maximumAge);
}

function domainsFitting(service: MatchService, answers: MatchAnswers): string[] {
  return answers.domains.filter((domain) => service.domains.includes(domain));
}

function basicallyAvailable(service: MatchService, municipality: string | undefined): boolean {
  return service.active && (municipality === undefined || service.municipalities.includes(municipality));
}

/**
 * Whether the resident belongs to a target group, as far as the answers tell: "yes",
 * "no" (known to be outside it), or undefined (the answers do not say).
 */
function inGroup(group: string, answers: MatchAnswers): boolean | undefined {
  const { age, forWhom } = answers;
  switch (group) {
    case "everyone":
      return true;
    case "older-people":
      return age === undefined ? undefined : age >= OLDER_FROM;
    case "youth-family":
      if (forWhom === "child") return true;
      return age === undefined ? undefined : age < YOUTH_UNTIL;
    case "informal-carers":
      return forWhom === undefined ? undefined : forWhom === "carer";
    case "newcomers":
      if (answers.livedExperience === "migration" || (answers.language !== undefined && answers.language !== "nl")) return true;
      return age === undefined && forWhom === undefined ? undefined : false;
    default:
      return undefined;
  }
}

/** A group the service is meant for that the resident is known not to be in, when none of its groups fits. */
function targetGroupMismatch(service: MatchService, answers: MatchAnswers): string | undefined {
  if (service.targetGroups.length === 0) return undefined;
  const fits = service.targetGroups.map((group) => inGroup(group, answers));
  return fits.every((fit) => fit === false) ? service.targetGroups[0] : undefined;
}

function fitsHard(service: MatchService, answers: MatchAnswers): boolean {
  return (
    basicallyAvailable(service, answers.municipality) &&
    ageFits(service, answers.age) &&
    (answers.domains.length === 0 || domainsFitting(service, answers).length > 0)
  );
}

function isIndependentFormal(service: MatchService): boolean {
  return service.kind === "formal" && service.independent;
}

function isInformal(service: MatchService): boolean {
  return service.kind !== "formal";
}

/** The supporter who speaks the language and/or has the lived experience asked for. */
function bestSupporter(service: MatchService, answers: MatchAnswers) {
  let best: { supporter: MatchService["supporters"][number]; points: number } | undefined;
  for (const supporter of service.supporters) {
    const points =
      (answers.language !== undefined && answers.language !== "nl" && supporter.languages.includes(answers.language) ? 1 : 0) +
      (answers.livedExperience !== undefined && supporter.livedExperience.includes(answers.livedExperience) ? 1 : 0);
    if (points > 0 && (best === undefined || points > best.points)) best = { supporter, points };
  }
  return best?.supporter;
}

/** Scores one service and says in plain words why it fits and what to keep in mind. */
export function assess<S extends MatchService>(service: S, answers: MatchAnswers, complex: boolean, byId: ReadonlyMap<string, MatchService>): Suggestion<S> {
  const reasons: Note[] = [];
  const caveats: Note[] = [];
  let score = 0;

  const domains = domainsFitting(service, answers);
  score += domains.length * 3;
  for (const domain of domains) reasons.push({ key: "domain", params: { domain } });
  if (answers.domains.length > 0 && domains.length === 0) caveats.push({ key: "otherDomain" });
  if (!ageFits(service, answers.age)) caveats.push({ key: "age", params: { min: service.minimumAge ?? 0, max: service.maximumAge ?? 120 } });

  const supporter = bestSupporter(service, answers);
  if (answers.language !== undefined && answers.language !== "nl") {
    if (supporter?.languages.includes(answers.language)) {
      score += 4;
      reasons.push({ key: "supporterSpeaks", params: { name: supporter.displayName, language: answers.language } });
    } else if (service.languages.includes(answers.language)) {
      score += 4;
      reasons.push({ key: "speaks", params: { language: answers.language } });
    } else {
      caveats.push({ key: "language", params: { language: answers.language } });
    }
  }
  if (answers.livedExperience !== undefined) {
    if (supporter?.livedExperience.includes(answers.livedExperience)) {
      score += 4;
      reasons.push({ key: "livedExperience", params: { name: supporter.displayName, experience: answers.livedExperience } });
    }
  }
  if (answers.kind !== undefined && answers.kind !== "any") {
    if (service.kind === answers.kind) {
      score += 3;
      reasons.push({ key: "kind", params: { kind: answers.kind } });
    }
  }
  for (const way of answers.attending) {
    if (service.attending.includes(way)) {
      score += 2;
      reasons.push({ key: "attending", params: { way } });
    }
  }
  if (answers.forWhom === "child" && service.targetGroups.includes("youth-family")) {
    score += 2;
    reasons.push({ key: "forChildren" });
  }
  if (answers.forWhom === "carer" && service.targetGroups.includes("informal-carers")) {
    score += 2;
    reasons.push({ key: "forCarers" });
  }
  if (answers.age !== undefined && answers.age >= OLDER_FROM && service.targetGroups.includes("older-people")) {
    score += 1;
    reasons.push({ key: "forOlderPeople" });
  }

  // With the domain chosen, "helps with: objections" is already a reason; the signal alone adds this one.
  if (answers.signals.includes("decision") && !answers.domains.includes("objection-complaint")) {
    if (service.domains.includes("objection-complaint")) {
      score += 2;
      reasons.push({ key: "objections" });
    }
  }
  if (complex && isIndependentFormal(service) && service.handlesComplex) {
    score += 5;
    reasons.push({ key: "complex" });
  }
  const mismatch = targetGroupMismatch(service, answers);
  if (mismatch !== undefined) {
    score -= 4;
    caveats.push({ key: "targetGroup", params: { group: mismatch } });
  }
  if ((complex || answers.danger) && isInformal(service)) {
    const backup = backupOf(service, byId);
    caveats.push(backup ? { key: "informalWithBackup", params: { backupId: backup.id } } : { key: "informal" });
  }
  if (answers.danger && isInformal(service)) caveats.push({ key: "danger" });

  if (service.acceptingNewClients === false) {
    score -= 6;
    caveats.push({ key: "notAccepting" });
  } else if (service.waitingDays !== null && service.waitingDays > LONG_WAIT_DAYS) {
    score -= 2;
    caveats.push({ key: "longWait", params: { days: service.waitingDays } });
  } else if (service.waitingDays !== null && service.waitingDays <= SHORT_WAIT_DAYS) {
    score += 1;
    reasons.push({ key: "shortWait", params: { days: service.waitingDays } });
  }
  if (!service.independent) {
    score -= 3;
    caveats.push({ key: "notIndependent" });
  }

  return { service, supporterId: supporter?.id, score, ...consistent(reasons, caveats) };
}

function backupOf(service: MatchService, byId: ReadonlyMap<string, MatchService>): MatchService | undefined {
  return service.backupServiceId === null ? undefined : byId.get(service.backupServiceId);
}

/** Caveats and the reasons they would contradict: where a caveat holds, the reason is left out. */
export const CONTRADICTIONS: Readonly<Record<string, readonly string[]>> = {
  age: ["forOlderPeople", "forChildren"],
  targetGroup: ["forOlderPeople", "forChildren", "forCarers"],
  language: ["speaks", "supporterSpeaks"],
  otherDomain: ["domain"],
  notAccepting: ["shortWait"],
  longWait: ["shortWait"],
  notIndependent: ["complex", "alwaysFormal"],
};

const noteId = (note: Note) => JSON.stringify([note.key, note.params ?? {}]);

/** Every note once, and no reason a caveat contradicts. */
export function consistent(reasons: readonly Note[], caveats: readonly Note[]): { reasons: Note[]; caveats: Note[] } {
  const once = (notes: readonly Note[]) => notes.filter((note, index) => notes.findIndex((other) => noteId(other) === noteId(note)) === index);
  const kept = once(caveats);
  const contradicted = new Set(kept.flatMap((caveat) => CONTRADICTIONS[caveat.key] ?? []));
  return { reasons: once(reasons).filter((reason) => !contradicted.has(reason.key)), caveats: kept };
}

/** Higher score first; ties keep the catalogue's order (the input order), so results are stable. */
function rank<S extends MatchService>(items: Suggestion<S>[], order: ReadonlyMap<string, number>, complex: boolean): Suggestion<S>[] {
  // A service meant for a group the resident is not in comes after the general ones, whatever its score.
  const tier = (item: Suggestion<S>) =>
    item.caveats.some((caveat) => caveat.key === "targetGroup") ? 2 : complex && isIndependentFormal(item.service) ? 0 : 1;
  return [...items].sort(
    (a, b) => tier(a) - tier(b) || b.score - a.score || (order.get(a.service.id) ?? 0) - (order.get(b.service.id) ?? 0),
  );
}

export function matchServices<S extends MatchService>(services: readonly S[], answers: MatchAnswers): MatchResult<S> {
  const complex = isComplex(answers);
  const byId = new Map<string, MatchService>(services.map((service) => [service.id, service]));
  const order = new Map(services.map((service, index) => [service.id, index]));
  const assessAll = (list: readonly S[]) => rank(list.map((service) => assess(service, answers, complex, byId)), order, complex);

  const inMunicipality = services.filter((service) => basicallyAvailable(service, answers.municipality));
  // The access team decides on help: it has its own block, never a place among client support.
  const available = inMunicipality.filter((service) => !service.accessTeam);
  const accessTeam = { accessTeam: inMunicipality.filter((service) => service.accessTeam), accessTeamFirst: answers.danger === true };
  const fitting = assessAll(available.filter((service) => fitsHard(service, answers)));
  // Independent formal support is always within reach when the municipality has it.
  const formalPool = () => fitting.find((item) => isIndependentFormal(item.service)) ?? assessAll(available.filter(isIndependentFormal))[0];

  if (fitting.length === 0) {
    const nearest = withFormal(assessAll(available).slice(0, NEAREST), NEAREST, formalPool);
    return { complex, outcome: "empty", suggestions: [], nearest, ...accessTeam };
  }
  const withProfessional = withFormal(fitting.slice(0, MAX_SUGGESTIONS), MAX_SUGGESTIONS, formalPool);
  const suggestions = complex ? withCompanions(withProfessional, available, answers, assessAll, byId) : withProfessional;
  return { complex, outcome: suggestions.length < THIN_BELOW ? "thin" : "enough", suggestions, nearest: [], ...accessTeam };
}

/**
 * Whether an informal service fits the person, apart from their question: their age, the
 * language and the ways of meeting they asked for, and a formal backup it can hand over to.
 */
function fitsPerson(service: MatchService, answers: MatchAnswers, byId: ReadonlyMap<string, MatchService>): boolean {
  const speaks = (language: string) => service.languages.includes(language) || service.supporters.some((supporter) => supporter.languages.includes(language));
  return (
    isInformal(service) &&
    service.acceptingNewClients !== false &&
    ageFits(service, answers.age) &&
    targetGroupMismatch(service, answers) === undefined &&
    (answers.language === undefined || answers.language === "nl" || speaks(answers.language)) &&
    (answers.attending.length === 0 || answers.attending.some((way) => service.attending.includes(way))) &&
    backupOf(service, byId) !== undefined
  );
}

/**
 * A complex situation with few professionals to choose from: volunteers and experience
 * experts who fit the person come beside the professional, each naming its formal backup,
 * so "the other help you see too" is true.
 */
function withCompanions<S extends MatchService>(
  list: Suggestion<S>[],
  available: readonly S[],
  answers: MatchAnswers,
  assessAll: (services: readonly S[]) => Suggestion<S>[],
  byId: ReadonlyMap<string, MatchService>,
): Suggestion<S>[] {
  if (list.filter((item) => isIndependentFormal(item.service)).length > FEW_FORMAL) return list;
  const shown = new Set(list.map((item) => item.service.id));
  const room = Math.min(MAX_COMPANIONS, MAX_SUGGESTIONS - list.length);
  if (room <= 0) return list;
  const companions = assessAll(available.filter((service) => !shown.has(service.id) && fitsPerson(service, answers, byId))).slice(0, room);
  for (const companion of companions) {
    companion.companion = true;
    companion.reasons.unshift({ key: "companion" });
  }
  return [...list, ...companions];
}

function withFormal<S extends MatchService>(list: Suggestion<S>[], max: number, pool: () => Suggestion<S> | undefined): Suggestion<S>[] {
  if (list.some((item) => isIndependentFormal(item.service))) return list;
  const formal = pool();
  if (formal === undefined) return list;
  formal.reasons.push({ key: "alwaysFormal" });
  return [...list.slice(0, max - 1), formal];
}
