/**
 * The insight dashboard's figures (issue 14): supply from the catalogue, demand from the
 * vraagwijzer's anonymous counts, and the gaps between them. Pure functions; the data
 * comes from ./dashboard.ts.
 */
import type { CatalogueService } from "@/lib/catalogue/records";
import { isOpenStatus } from "@/lib/catalogue/visibility";
import { DOMAIN_CODES, KIND_CODES, type Kind } from "@/lib/catalogue/vocabulary";
import type { MunicipalityUsage, UsageCountRow } from "@/lib/usage/report";

/** Counts of residents' answers below this are never shown: a small number can point at a person. */
export const MIN_SHOWN = 5;

/** One bar of a chart: `count` is null when it is below MIN_SHOWN ("fewer than 5"). */
export type Figure = { value: string; count: number | null };

export const SUPPLY_GROUPS = ["kind", "domain", "targetGroup", "language", "attending"] as const;
export const DEMAND_GROUPS = ["domain", "signal", "suggestions", "chosen-kind", "language"] as const;
export type SupplyGroup = (typeof SUPPLY_GROUPS)[number];
export type DemandGroup = (typeof DEMAND_GROUPS)[number];

export type Supply = {
  /** Open services (active) that serve the municipality. */
  services: number;
  figures: Record<SupplyGroup, Figure[]>;
  kindsByDomain: ReadonlyMap<string, ReadonlySet<Kind>>;
  languages: ReadonlySet<string>;
};

export type Demand = {
  /** How often the vraagwijzer reached its suggestions; null below MIN_SHOWN. */
  reached: number | null;
  figures: Record<DemandGroup, Figure[]>;
};

export type Gap =
  | { type: "domain-without-kind"; domain: string; asked: number; missing: Kind[] }
  | { type: "language-not-offered"; language: string; asked: number }
  | { type: "few-results"; outcome: "empty" | "thin"; count: number };

const byCountThenValue = (a: { value: string; count: number }, b: { value: string; count: number }) => b.count - a.count || a.value.localeCompare(b.value);

/** Services per value (a service counts once per value it has). */
function tally(lists: ReadonlyArray<readonly string[]>): Figure[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
}

export function supplyIn(services: readonly CatalogueService[], municipalityCode: string): Supply {
  const open = services.filter((service) => isOpenStatus(service.status) && service.municipalities.includes(municipalityCode));
  const kindsByDomain = new Map<string, Set<Kind>>();
  for (const service of open) {
    if (!service.kind) continue;
    for (const domain of service.domains) {
      const kinds = kindsByDomain.get(domain) ?? new Set<Kind>();
      kinds.add(service.kind);
      kindsByDomain.set(domain, kinds);
    }
  }
  return {
    services: open.length,
    figures: {
      kind: tally(open.map((service) => (service.kind ? [service.kind] : []))),
      domain: tally(open.map((service) => service.domains)),
      targetGroup: tally(open.map((service) => service.targetGroups)),
      language: tally(open.map((service) => service.languages)),
      attending: tally(open.map((service) => service.attending)),
    },
    kindsByDomain,
    languages: new Set(open.flatMap((service) => service.languages)),
  };
}

/** Residents' counts with every count below MIN_SHOWN hidden. */
export function suppressed(rows: readonly UsageCountRow[]): Figure[] {
  return [...rows].sort(byCountThenValue).map((row) => ({ value: row.value, count: row.count >= MIN_SHOWN ? row.count : null }));
}

export function demandOf(usage: MunicipalityUsage | undefined): Demand {
  const rows = (group: DemandGroup) => suppressed(usage?.metrics[group] ?? []);
  const reached = usage?.reached ?? 0;
  return {
    reached: reached >= MIN_SHOWN ? reached : null,
    figures: { domain: rows("domain"), signal: rows("signal"), suggestions: rows("suggestions"), "chosen-kind": rows("chosen-kind"), language: rows("language") },
  };
}

/**
 * Where the offer falls short of what residents asked, each only when residents asked
 * often enough to show (MIN_SHOWN): a topic asked about without every kind of support for
 * it, a language asked for that no open service speaks, and suggestions that came back
 * empty or thin. Largest first.
 */
export function findGaps(supply: Supply, demand: Demand): Gap[] {
  const gaps: Gap[] = [];
  for (const { value: domain, count } of demand.figures.domain) {
    if (count === null || !(DOMAIN_CODES as readonly string[]).includes(domain)) continue;
    const offered = supply.kindsByDomain.get(domain) ?? new Set<Kind>();
    const missing = KIND_CODES.filter((kind) => !offered.has(kind));
    if (missing.length > 0) gaps.push({ type: "domain-without-kind", domain, asked: count, missing });
  }
  for (const { value: language, count } of demand.figures.language) {
    if (count !== null && !supply.languages.has(language)) gaps.push({ type: "language-not-offered", language, asked: count });
  }
  for (const { value, count } of demand.figures.suggestions) {
    if (count !== null && (value === "empty" || value === "thin")) gaps.push({ type: "few-results", outcome: value, count });
  }
  const size = (gap: Gap) => (gap.type === "few-results" ? gap.count : gap.asked);
  return gaps.sort((a, b) => size(b) - size(a));
}

export type MissingSupport = { code: string; name: string; missing: Kind[] };

/**
 * Municipalities where one of the kinds of support (formal, experience expert, volunteer)
 * has no open service, from the same supply figures as the dashboard (`supplyIn`), in the
 * order given.
 */
export function missingSupport(services: readonly CatalogueService[], municipalities: ReadonlyArray<{ code: string; name: string }>): MissingSupport[] {
  return municipalities.flatMap(({ code, name }) => {
    const offered = new Set(supplyIn(services, code).figures.kind.map((figure) => figure.value));
    const missing = KIND_CODES.filter((kind) => !offered.has(kind));
    return missing.length > 0 ? [{ code, name, missing }] : [];
  });
}
