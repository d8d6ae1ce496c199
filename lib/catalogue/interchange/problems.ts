import type { z } from "zod";
import { describeProblem, isProblemCode, type Message } from "./messages";

/** One fault in a catalogue file, where it is and what to do about it. */
export type Problem = {
  /** JSON path such as `$.services[3].attributes[0]`. */
  path: string;
  /** Stable code, e.g. `duplicate_id`; see messages-*.ts. */
  code: string;
  message: Message;
};

export type PathSegment = string | number;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === "number") return `${out}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_][A-Za-z0-9_]*$/u.test(key) ? `${out}.${key}` : `${out}[${JSON.stringify(key)}]`;
  }, "$");
}

export function problem(code: string, path: readonly PropertyKey[], params: Record<string, unknown> = {}): Problem {
  return { path: formatPath(path), code, message: describeProblem(code, params) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * Turns zod's issues into problems a person can act on. Our own checks carry
 * their problem code as the issue message; zod's built-in ones are translated
 * here. `input` is the raw document, to tell a missing field from a wrong one.
 */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const { path } = issue;
    const params: Record<string, unknown> = { ...(issue.code === "custom" ? issue.params : {}) };
    if (isProblemCode(issue.message)) {
      if (issue.message === "duplicate_item" && typeof params.first === "number") {
        params.first = formatPath([...path.slice(0, -1), params.first]);
      }
      return problem(issue.message, path, params);
    }
    switch (issue.code) {
      case "invalid_type": {
        if (path.length === 0) return problem("not_a_catalogue", path);
        const missing = valueAt(input, path) === undefined;
        return missing
          ? problem("required", path, { field: path.at(-1) })
          : problem("wrong_type", path, { expected: issue.expected });
      }
      case "invalid_value":
        return problem("not_allowed", path, { values: issue.values });
      case "too_small":
        return issue.origin === "array"
          ? problem("list_empty", path)
          : problem("number_too_small", path, { minimum: issue.minimum });
      case "too_big":
        return problem("number_too_big", path, { maximum: issue.maximum });
      default:
        return problem("invalid", path);
    }
  });
}
