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
  if (answers.age !== undefined && answers.age >= 65 && service.targetGroups.includes("older-people")) {
    score += 1;
    reasons.push({ key: "forOlderPeople" });
  }

  if (answers.domains.includes("objection-complaint") || answers.signals.includes("decision")) {
    if (service.domains.includes("objection-complaint")) {
      score += 2;
      reasons.push({ key: "objections" });
    }
  }
  if (complex && isIndependentFormal(service) && service.handlesComplex) {
    score += 5;
    reasons.push({ key: "complex" });
  }
  if (complex && service.kind !== "formal") {
    const backup = service.backupServiceId === null ? undefined : byId.get(service.backupServiceId);
    caveats.push(backup ? { key: "informalWithBackup", params: { backupId: backup.id } } : { key: "informal" });
  }

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

  return { service, supporterId: supporter?.id, score, reasons, caveats };
}

/** Higher score first; ties keep the catalogue's order (the input order), so results are stable. */
function rank<S extends MatchService>(items: Suggestion<S>[], order: ReadonlyMap<string, number>, complex: boolean): Suggestion<S>[] {
  const tier = (item: Suggestion<S>) => (complex && isIndependentFormal(item.service) ? 0 : 1);
  return [...items].sort(
    (a, b) => tier(a) - tier(b) || b.score - a.score || (order.get(a.service.id) ?? 0) - (order.get(b.service.id) ?? 0),
  );
}

export function matchServices<S extends MatchService>(services: readonly S[], answers: MatchAnswers): MatchResult<S> {
  const complex = isComplex(answers);
  const byId = new Map<string, MatchService>(services.map((service) => [service.id, service]));
  const order = new Map(services.map((service, index) => [service.id, index]));
  const assessAll = (list: readonly S[]) => rank(list.map((service) => assess(service, answers, complex, byId)), order, complex);

  const available = services.filter((service) => basicallyAvailable(service, answers.municipality));
  const fitting = assessAll(available.filter((service) => fitsHard(service, answers)));
  // Independent formal support is always within reach when the municipality has it.
  const formalPool = () => fitting.find((item) => isIndependentFormal(item.service)) ?? assessAll(available.filter(isIndependentFormal))[0];

  if (fitting.length === 0) {
    const nearest = withFormal(assessAll(available).slice(0, NEAREST), NEAREST, formalPool);
    return { complex, outcome: "empty", suggestions: [], nearest };
  }
  const suggestions = withFormal(fitting.slice(0, MAX_SUGGESTIONS), MAX_SUGGESTIONS, formalPool);
  return { complex, outcome: suggestions.length < THIN_BELOW ? "thin" : "enough", suggestions, nearest: [] };
}

function withFormal<S extends MatchService>(list: Suggestion<S>[], max: number, pool: () => Suggestion<S> | undefined): Suggestion<S>[] {
  if (list.some((item) => isIndependentFormal(item.service))) return list;
  const formal = pool();
  if (formal === undefined) return list;
  formal.reasons.push({ key: "alwaysFormal" });
  return [...list.slice(0, max - 1), formal];
}
