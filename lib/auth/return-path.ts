import { routing } from "@/i18n/routing";
import { localPath } from "@/lib/http/local-path";

/**
 * Where sign-in may send someone back to (`?terug=`): a page of this portal, as a path
 * in one of its languages, nothing else. Same origin and relative only (`localPath`
 * refuses `//host`, backslashes and control characters); plain path characters only, no
 * query string or fragment, no `.` or `..` step, so no open redirect and nothing that could carry what was
 * typed; never the sign-in pages themselves. Anything else: undefined (the role's home).
 */
const PATH = /^\/[a-z]{2}(\/[A-Za-z0-9._~-]+)*$/;
const MAX_LENGTH = 300;

export function returnPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !PATH.test(value) || /(^|\/)\.{1,2}(\/|$)/.test(value)) return undefined;
  const path = localPath(value);
  if (!path) return undefined;
  const [, locale, first] = path.split("/");
  if (!routing.locales.includes(locale as never) || first === "inloggen") return undefined;
  return path;
}

/** The path inside the locale ("/werk/verbinden/…") for next-intl's redirect, which adds the locale itself. */
export function withoutLocale(path: string): string {
  return path.replace(/^\/[a-z]{2}/, "") || "/";
}
