/**
 * A NUL character has no place in anything a person types, and PostgreSQL refuses it in
 * text (an unexpected error, a 500). A form that carries one is refused as invalid
 * before any work is done, so nothing changes.
 */
export function hasNulCharacter(form: FormData): boolean {
  for (const [name, value] of form.entries()) {
    if (name.includes("\u0000")) return true;
    if (typeof value === "string" ? value.includes("\u0000") : value.name.includes("\u0000")) return true;
  }
  return false;
}

/** What was typed, to show again, without the NUL characters. */
export function withoutNul(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value.replaceAll("\u0000", "")]));
}

/**
 * A posted form's text fields, or an address's query, as one query-shaped record (every
 * value of a repeated name), for the parsers that read addresses (parseAnswers).
 */
export function formFields(source: FormData | URLSearchParams): Record<string, string[]> {
  const names = [...new Set(source.keys())];
  return Object.fromEntries(names.map((name) => [name, source.getAll(name).filter((value) => typeof value === "string")]));
}

/** A posted form's files by field name (the first of each name): a supporter's photo. */
export function formFiles(form: FormData): Record<string, File> {
  const files: Record<string, File> = {};
  for (const [name, value] of form.entries()) if (typeof value !== "string" && !(name in files)) files[name] = value;
  return files;
}
