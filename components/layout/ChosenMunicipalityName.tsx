"use client";

import { useSearchParams } from "next/navigation";

type Props = { choices: ReadonlyArray<{ code: string; label: string }> };

/**
 * The label of the municipality the address names (`gemeente`, any case, first value), or
 * nothing. It only compares with the catalogue's own codes, so parseMunicipalityCode's
 * zod schema (lib/catalogue/url-params.ts) is not needed, nor shipped to the browser.
 */
export function ChosenMunicipalityName({ choices }: Props) {
  const code = useSearchParams().get("gemeente")?.trim().toUpperCase();
  const chosen = choices.find((choice) => choice.code === code);
  if (!chosen) return null;
  return <p className="border-l-4 border-primary pl-3 text-lg font-bold text-ink sm:text-h3">{chosen.label}</p>;
}
