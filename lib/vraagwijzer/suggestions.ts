import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogueSnapshot } from "@/lib/catalogue/queries";
import { toMunicipalityDetail, type MunicipalityDetail } from "@/lib/catalogue/shapes/municipality";
import { isOpenStatus } from "@/lib/catalogue/visibility";
import { matchServices } from "@/lib/matching/match";
import type { MatchResult } from "@/lib/matching/types";
import type { Answers } from "./answers";
import { toMatchServices, type VraagwijzerService } from "./match-input";

export type Suggestions = {
  municipality: MunicipalityDetail;
  result: MatchResult<VraagwijzerService>;
  /** Names of every open service in the municipality, for fallback services named in caveats. */
  serviceNames: Map<string, string>;
};

/**
 * The suggestions for the resident's answers among the open services of their
 * municipality, or undefined when no known municipality was chosen. The page and the
 * use figures (lib/usage) both come here, so what is counted is what was shown.
 */
export async function suggestionsFor(db: PrismaClient, answers: Answers, locale: string): Promise<Suggestions | undefined> {
  const snapshot = await catalogueSnapshot(db);
  const found = snapshot.municipalities.find((m) => m.code === answers.municipality);
  if (!found) return undefined;
  const open = snapshot.services.filter((service) => isOpenStatus(service.status) && service.municipalities.includes(found.code));
  const services = toMatchServices(open, locale);
  return {
    municipality: toMunicipalityDetail(found, locale),
    result: matchServices(services, answers),
    serviceNames: new Map(services.map((service) => [service.id, service.name.text])),
  };
}

export async function findSuggestions(answers: Answers, locale: string): Promise<Suggestions | undefined> {
  return suggestionsFor(await getPrisma(), answers, locale);
}
