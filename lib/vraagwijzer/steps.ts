import { PARAM, type Answers } from "./answers";

/** The flow, one question per page, and which answers each page asks. */
export const STEPS = [
  { id: "for-whom", fields: ["forWhom"] },
  { id: "municipality", fields: ["municipality"] },
  { id: "domains", fields: ["domains"] },
  { id: "signals", fields: ["signals"] },
  { id: "age", fields: ["age"] },
  { id: "preferences", fields: ["kind", "language", "livedExperience", "attending"] },
] as const satisfies ReadonlyArray<{ id: string; fields: ReadonlyArray<keyof Answers> }>;

export type StepId = (typeof STEPS)[number]["id"];
export const STEP_COUNT = STEPS.length;
const SIGNALS_STEP = STEPS.findIndex((step) => step.id === "signals") + 1;

/** Step numbers in the address run from 1; anything else starts at the beginning. */
export function parseStep(value: unknown): number {
  const text = Array.isArray(value) ? value[0] : value;
  const step = Number(text);
  return Number.isInteger(step) && step >= 1 && step <= STEP_COUNT ? step : 1;
}

/**
 * Crisis first: moving forward from the signals page with "danger" ticked shows who to
 * call now before anything else. `from` is the page the resident just answered.
 */
export function showsCrisis(answers: Answers, from: number | undefined, to: number): boolean {
  return answers.signals.includes("danger") && from === SIGNALS_STEP && to > SIGNALS_STEP;
}

type Query = Record<string, string | string[] | undefined>;

/**
 * Which page to show: the one asked for, unless the page just answered needs a correction
 * first (then `error`, for the page, its error summary and its "Fout:" title).
 */
export function resolveStep(query: Query, answers: Answers) {
  const from = query.van === undefined ? undefined : parseStep(query.van);
  const to = parseStep(query.stap);
  const forward = from !== undefined && to > from;
  const rawAge = [query[PARAM.age]].flat()[0]?.trim();
  if (forward && from === 2 && answers.municipality === undefined) return { step: 2, error: true, crisis: false, rawAge };
  if (forward && from === 5 && rawAge && answers.age === undefined) return { step: 5, error: true, crisis: false, rawAge };
  return { step: to, error: false, crisis: showsCrisis(answers, from, to), rawAge };
}
