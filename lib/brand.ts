import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * A municipality's own look, by convention and without rebuilding: files in
 * `public/brand/` (see README, "Your municipality's look"). Checked once per process.
 */
const folder = () => path.join(process.cwd(), "public", "brand");

let cached: { logo: string | undefined; theme: boolean } | undefined;

function brand() {
  cached ??= {
    logo: ["logo.svg", "logo.png"].find((name) => existsSync(path.join(folder(), name))),
    theme: existsSync(path.join(folder(), "theme.css")),
  };
  return cached;
}

export function brandLogo(): { src: string } | undefined {
  const logo = brand().logo;
  return logo ? { src: `/brand/${logo}` } : undefined;
}

/** The stylesheet with the municipality's design-token overrides, if there is one. */
export function brandStylesheet(): string | undefined {
  return brand().theme ? "/brand/theme.css" : undefined;
}
