import type { Answers } from "./answers";

/**
 * The legal routes whose rules a resident needs to know before choosing help: the term
 * for an objection (Awb art. 6:7, six weeks) and the Wlz route (CIZ, then the zorgkantoor).
 * Sources for the texts: README, "Sources for route texts".
 */
export type Routes = { objection: boolean; wlz: boolean };

export function routesFor(answers: Pick<Answers, "domains" | "signals">): Routes {
  return {
    objection: answers.domains.includes("objection-complaint") || answers.signals.includes("decision"),
    wlz: answers.domains.includes("long-term-care") || answers.signals.includes("wlz"),
  };
}

/** The suggested services that help with the Wlz, to name under the Wlz route. */
export function wlzHelpers(services: ReadonlyArray<{ id: string; domains: readonly string[]; name: { text: string } }>): Array<{ id: string; name: string }> {
  return services.filter((service) => service.domains.includes("long-term-care")).map((service) => ({ id: service.id, name: service.name.text }));
}
