import "server-only";
import { findMunicipality, findOpenServices } from "@/lib/catalogue/read";
import type { MunicipalityDetail } from "@/lib/catalogue/shapes/municipality";
import { matchServices } from "@/lib/matching/match";
import type { MatchResult } from "@/lib/matching/types";
import type { Answers } from "./answers";
import { toMatchServices, type VraagwijzerService } from "./match-input";

export type Suggestions = {
  municipality: MunicipalityDetail;
  result: MatchResult<VraagwijzerService>;
  /** Names of every service in the municipality, for fallback services named in caveats. */
  serviceNames: Map<string, string>;
};

/** The suggestions for the resident's answers, or undefined when no known municipality was chosen. */
export async function findSuggestions(answers: Answers, locale: string): Promise<Suggestions | undefined> {
  const municipality = await findMunicipality(answers.municipality, locale);
  if (!municipality) return undefined;
  const services = toMatchServices(await findOpenServices(municipality.code), locale);
  return {
    municipality,
    result: matchServices(services, answers),
    serviceNames: new Map(services.map((service) => [service.id, service.name.text])),
  };
}
