/**
 * A redirect target that can only stay on this site: a path that starts with one `/`.
 * `//evil.example` and `/\evil.example` are read by browsers as another host, and a
 * control character or backslash has no place in an address we build, so all of those
 * are refused (undefined) rather than repaired.
 */
const BASE = "http://portal.invalid";

export function localPath(value: string): string | undefined {
  if (!value.startsWith("/") || value.startsWith("//")) return undefined;
  // Backslashes, whitespace and control characters: browsers drop or reinterpret them.
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? value : undefined;
  } catch {
    return undefined;
  }
}
