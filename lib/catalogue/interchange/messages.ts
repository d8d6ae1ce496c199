import { ruleMessages } from "./messages-rules";
import { shapeMessages } from "./messages-shape";

/**
 * Every problem the importer can report, in plain language (B1) for a policy
 * officer who edits the catalogue but does not know JSON Schema. The keys are
 * stable problem codes: forms, the API and tests rely on them.
 */
export type Message = { nl: string; en: string };

const table = { ...shapeMessages, ...ruleMessages };

export function isProblemCode(code: string): boolean {
  return Object.hasOwn(table, code);
}

export function describeProblem(code: string, params: Record<string, unknown> = {}): Message {
  const describe = table[code] ?? table.invalid;
  const [nl, en] = describe ? describe(params) : ["Deze waarde klopt niet.", "This value is not valid."];
  return { nl, en };
}
