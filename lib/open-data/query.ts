import { patterns } from "@/lib/catalogue/interchange/primitives";
import { MAX_AGE, urlParams } from "@/lib/catalogue/url-params";
import type { OpenCatalogue, ServiceFacts } from "./catalogue";
import { taxonomyUuid } from "./ids";

/**
 * The API's query parameters, checked (pure). A value that cannot be understood is
 * refused with a plain explanation (BadParameter, answered 400) rather than ignored,
 * so a client never mistakes an unfiltered list for a filtered one. A repeated filter
 * means any of its values; different filters must all hold.
 */
export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    detail: string,
  ) {
    super(detail);
    this.name = "BadParameter";
  }
}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name).filter((value) => value.trim() !== "");
  if (values.length > 1) throw new BadParameter(name, `Give ${name} once, not ${values.length} times.`);
  return values[0]?.trim();
}

function wholeNumber(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number;
function wholeNumber(params: URLSearchParams, name: string, min: number, max: number): number | undefined;
function wholeNumber(params: URLSearchParams, name: string, min: number, max: number, fallback?: number): number | undefined {
  const raw = single(params, name);
  if (raw === undefined) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BadParameter(name, `${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

export function flag(params: URLSearchParams, name: string): boolean {
  const raw = single(params, name)?.toLowerCase();
  if (raw === undefined || raw === "false") return false;
  if (raw === "true") return true;
  throw new BadParameter(name, `${name} must be true or false, not "${raw}".`);
}

/** A vocabulary is named by its HSDS id or by the catalogue's short name (co-kind). */
export function taxonomyIds(params: URLSearchParams): string[] {
  return params.getAll("taxonomy_id").map((raw) => {
    const value = raw.trim();
    // A UUID is also shaped like a short name: look at it first.
    if (patterns.uuid.test(value)) return value.toLowerCase();
    if (patterns.slug.test(value)) return taxonomyUuid(value);
    throw new BadParameter("taxonomy_id", `taxonomy_id must be an id (a UUID) or a vocabulary name such as co-domain, not "${value}".`);
  });
}

export function ids(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).map((raw) => {
    const value = raw.trim();
    if (!patterns.uuid.test(value)) throw new BadParameter(name, `${name} must be an id (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e), not "${value}".`);
    return value.toLowerCase();
  });
}

export type Paging = { page: number; perPage: number };

export function parsePaging(params: URLSearchParams): Paging {
  return {
    page: wholeNumber(params, "page", 1, 1_000_000, 1),
    perPage: wholeNumber(params, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
  };
}

export type Format = "json" | "ndjson";

export function parseFormat(params: URLSearchParams): Format {
  const raw = single(params, "format")?.toLowerCase() ?? "json";
  if (raw !== "json" && raw !== "ndjson") throw new BadParameter("format", `format must be json or ndjson, not "${raw}".`);
  return raw;
}

export type ServiceQuery = {
  search: string | undefined;
  termIds: string[];
  taxonomyIds: string[];
  organizationIds: string[];
  modifiedAfter: Date | undefined;
  municipalities: string[];
  minimumAge: number | undefined;
  maximumAge: number | undefined;
  minimal: boolean;
  full: boolean;
};

function modifiedAfter(params: URLSearchParams): Date | undefined {
  const raw = single(params, "modified_after");
  if (raw === undefined) return undefined;
  const valid = patterns.dateTime.test(raw) || patterns.date.test(raw);
  const date = new Date(raw);
  if (!valid || Number.isNaN(date.getTime())) {
    throw new BadParameter("modified_after", `modified_after must be a date (2026-01-31) or a date and time (2026-01-31T09:00:00Z), not "${raw}".`);
  }
  return date;
}

export function parseServiceQuery(params: URLSearchParams): ServiceQuery {
  for (const unsupported of ["postcode", "proximity"]) {
    if (params.has(unsupported)) throw new BadParameter(unsupported, `${unsupported} is not supported: places cannot be searched by distance yet. Use municipality.`);
  }
  const search = single(params, "search");
  if (search !== undefined && search.length > 200) throw new BadParameter("search", "search must be at most 200 characters.");
  const municipalities = params.getAll("municipality").map((raw) => {
    const code = urlParams.gemeente.safeParse(raw);
    if (!code.success) throw new BadParameter("municipality", `municipality must be a CBS code such as GM0344, not "${raw}".`);
    return code.data;
  });
  const minimumAge = wholeNumber(params, "minimum_age", 0, MAX_AGE);
  const maximumAge = wholeNumber(params, "maximum_age", 0, MAX_AGE);
  if (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge) {
    throw new BadParameter("maximum_age", `maximum_age (${maximumAge}) must not be below minimum_age (${minimumAge}).`);
  }
  return {
    search,
    termIds: ids(params, "taxonomy_term_id"),
    taxonomyIds: taxonomyIds(params),
    organizationIds: ids(params, "organization_id"),
    modifiedAfter: modifiedAfter(params),
    municipalities,
    minimumAge,
    maximumAge,
    minimal: flag(params, "minimal"),
    full: flag(params, "full"),
  };
}

const anyOf = <T>(wanted: T[], has: (value: T) => boolean) => wanted.length === 0 || wanted.some(has);

/** The age range asked for lies wholly inside the service's range (an open end takes any age). */
function coversAges(facts: ServiceFacts, from: number | undefined, to: number | undefined): boolean {
  const low = from ?? to;
  const high = to ?? from;
  if (low === undefined || high === undefined) return true;
  return (facts.minimumAge ?? 0) <= low && (facts.maximumAge ?? Infinity) >= high;
}

/** Every filter of the query holds; `found` is the text search's matches, when searching. */
export function matches(facts: ServiceFacts, query: ServiceQuery, found: Map<string, number> | undefined): boolean {
  return (
    (found === undefined || found.has(facts.id)) &&
    anyOf(query.termIds, (id) => facts.termIds.has(id)) &&
    anyOf(query.taxonomyIds, (id) => facts.taxonomyIds.has(id)) &&
    anyOf(query.organizationIds, (id) => facts.organizationId === id) &&
    anyOf(query.municipalities, (code) => facts.municipalities.includes(code)) &&
    (query.modifiedAfter === undefined || facts.lastModified >= query.modifiedAfter) &&
    coversAges(facts, query.minimumAge, query.maximumAge)
  );
}

/** The services a query asks for: best text match first when searching, otherwise the catalogue's order. */
export function selectServices(catalogue: OpenCatalogue, query: ServiceQuery, found: Map<string, number> | undefined) {
  const chosen = catalogue.services.filter((entry) => matches(entry.facts, query, found));
  if (found) chosen.sort((a, b) => (found.get(b.facts.id) ?? 0) - (found.get(a.facts.id) ?? 0));
  return chosen;
}

/** The HSDS Page envelope around one page of `items`. */
export function page<T>(items: readonly T[], { page, perPage }: Paging) {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
