import { answersQuery, DANGER, PARAM, parseAnswers, type Answers } from "./answers";

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
/** The signals page: the one page that posts its answers (see DANGER in answers.ts). */
export const SIGNALS_STEP = STEPS.findIndex((step) => step.id === "signals") + 1;

/** The step (from 1) that asks for an answer. */
export function stepOf(field: keyof Answers): number {
  return STEPS.findIndex((step) => (step.fields as ReadonlyArray<keyof Answers>).includes(field)) + 1;
}

/** "Change" on the summary: the step that asks for this answer, with every answer kept (GOV.UK's check-your-answers). */
export function changeQuery(answers: Answers, field: keyof Answers): string {
  return answersQuery(answers, { stap: String(stepOf(field)) });
}

/** Step numbers in the address run from 1; anything else starts at the beginning. */
export function parseStep(value: unknown): number {
  const text = Array.isArray(value) ? value[0] : value;
  const step = Number(text);
  return Number.isInteger(step) && step >= 1 && step <= STEP_COUNT ? step : 1;
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
  if (forward && from === 2 && answers.municipality === undefined) return { step: 2, error: true, rawAge };
  if (forward && from === 5 && rawAge && answers.age === undefined) return { step: 5, error: true, rawAge };
  return { step: to, error: false, rawAge };
}

/**
 * Where the signals page's post leads: the page asked for (forward unless "previous" was
 * pressed), with every answer but danger in its address. `crisis` when danger was ticked
 * and the resident moves on: then the crisis numbers come first, and `next` is where
 * "go on" leads afterwards.
 */
export function afterSignals(fields: Query): { crisis: boolean; next: string } {
  const asked = fields.stap === undefined ? SIGNALS_STEP + 1 : parseStep(fields.stap);
  const danger = [fields[PARAM.signals] ?? []].flat().includes(DANGER);
  const next = answersQuery(parseAnswers(fields), { stap: String(asked), van: String(SIGNALS_STEP) });
  return { crisis: danger && asked > SIGNALS_STEP, next };
}
