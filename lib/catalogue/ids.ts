import { z } from "zod";

/**
 * Every record of the catalogue (and every contact request, report and account) has a
 * UUID. One schema for all of them: a URL, a form field or an API parameter that is not
 * a UUID never reaches a query.
 */
export const idSchema = z.uuid();

export function isId(value: unknown): value is string {
  return typeof value === "string" && idSchema.safeParse(value).success;
}

/** The id in its stored form (lower case), or undefined when it is not an id. */
export function parseId(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return isId(first) ? first.toLowerCase() : undefined;
}
