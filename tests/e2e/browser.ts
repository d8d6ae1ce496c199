import { existsSync } from "node:fs";

/**
 * Debian's Chromium: Playwright cannot download its own browsers on these machines. The
 * headless shell (Debian's `chromium-headless-shell`, what Playwright itself runs headless)
 * comes first: the full browser in headless mode still renders its own window's controls,
 * and spends about a third more processor time on the same pages.
 */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate),
  );
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
