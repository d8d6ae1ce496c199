import "server-only";
import { toCatalogueDocument } from "@/lib/catalogue/interchange/export";
import { publishedCatalogue } from "@/lib/catalogue/queries";
import type { Answer, Work } from "./api";
import { flag, ids, page, parseFormat, parsePaging, parseServiceQuery, selectServices, taxonomyIds } from "./query";
import { openDataLicence as licence, searchMatches } from "./reader";
import { OPEN_DATA_PATHS } from "./paths";
import { tabularZip } from "./tabular";

/**
 * The answer of each open-data address (/api/hsds/… and the downloads): what the route
 * handler in app/api passes to openDataAnswer. Lists use the HSDS Page envelope, or
 * one record per line with format=ndjson (all of them, no pages).
 */
const CATALOGUE_FILE = "clientondersteuning-catalogus.json";
const TABULAR_FILE = "clientondersteuning-hsds-csv.zip";

function listed<T>(items: readonly T[], params: URLSearchParams): Answer {
  if (parseFormat(params) === "ndjson") return { ndjson: items };
  return { json: page(items, parsePaging(params)) };
}

export async function root({ origin }: Work): Promise<Answer> {
  return { json: { version: "3.0", profile: origin + OPEN_DATA_PATHS.profile, openapi_url: origin + OPEN_DATA_PATHS.openapi, x_licence: licence() } };
}

async function chosenServices({ db, params, revision, catalogue }: Work) {
  const query = parseServiceQuery(params);
  const [open, found] = await Promise.all([catalogue(), searchMatches(db, query.search, revision)]);
  return { query, services: selectServices(open, query, found) };
}

export async function services(work: Work): Promise<Answer> {
  const { query, services } = await chosenServices(work);
  const records = services.map((entry) =>
    query.full ? entry.full : query.minimal ? { id: entry.facts.id, name: entry.summary.name, status: entry.summary.status, last_modified: entry.summary.last_modified } : entry.summary,
  );
  return listed(records, work.params);
}

const missing = (what: string, id: string): Answer => ({ notFound: `No published ${what} has the id "${id}".` });

export async function service(work: Work, id: string): Promise<Answer> {
  const entry = (await work.catalogue()).serviceById.get(id.toLowerCase());
  return entry ? { json: entry.full } : missing("service", id);
}

export async function organizations(work: Work): Promise<Answer> {
  const full = flag(work.params, "full");
  const open = await work.catalogue();
  return listed(open.organizations.map((o) => (full ? o.full : o.summary)), work.params);
}

export async function organization(work: Work, id: string): Promise<Answer> {
  const fullServices = flag(work.params, "full_service");
  const open = await work.catalogue();
  const found = open.organizations.find((o) => o.id === id.toLowerCase());
  if (!found) return missing("organization", id);
  const offered = open.services.filter((entry) => entry.facts.organizationId === found.id);
  return { json: { ...found.full, services: offered.map((entry) => (fullServices ? entry.full : entry.summary)) } };
}

export async function taxonomies(work: Work): Promise<Answer> {
  return listed((await work.catalogue()).taxonomies.map((t) => t.record), work.params);
}

export async function taxonomy(work: Work, id: string): Promise<Answer> {
  const found = (await work.catalogue()).taxonomies.find((t) => t.id === id.toLowerCase() || t.slug === id);
  return found ? { json: found.record } : missing("taxonomy", id);
}

export async function taxonomyTerms(work: Work): Promise<Answer> {
  const { params } = work;
  const [vocabularies, parents, topOnly] = [taxonomyIds(params), ids(params, "parent_id"), flag(params, "top_only")];
  const terms = (await work.catalogue()).terms.filter(
    (term) =>
      (vocabularies.length === 0 || vocabularies.includes(term.taxonomyId)) &&
      (parents.length === 0 || (term.parentId !== undefined && parents.includes(term.parentId))) &&
      (!topOnly || term.parentId === undefined),
  );
  return listed(terms.map((term) => term.record), params);
}

export async function taxonomyTerm(work: Work, id: string): Promise<Answer> {
  const found = (await work.catalogue()).terms.find((term) => term.id === id.toLowerCase());
  return found ? { json: found.record } : missing("taxonomy term", id);
}

/** Places where services are given, filtered by their service with the same filters as /services. */
export async function serviceAtLocations(work: Work): Promise<Answer> {
  const { query, services } = await chosenServices(work);
  const chosen = new Set(services.map((entry) => entry.facts.id));
  const open = await work.catalogue();
  const records = open.serviceAtLocations
    .filter((sal) => chosen.has(sal.serviceId))
    .map((sal) => {
      const summary = open.serviceById.get(sal.serviceId)?.summary;
      if (query.full) return { ...sal.record, service: summary };
      const oneToOne = Object.fromEntries(Object.entries(sal.record).filter(([key]) => key !== "schedules"));
      return { ...oneToOne, service: summary };
    });
  return listed(records, work.params);
}

export async function serviceAtLocation(work: Work, id: string): Promise<Answer> {
  const open = await work.catalogue();
  const found = open.serviceAtLocations.find((sal) => sal.id === id.toLowerCase());
  return found ? { json: { ...found.record, service: open.serviceById.get(found.serviceId)?.summary } } : missing("service at location", id);
}

// Each download is made once per catalogue revision (the licence is fixed while the portal runs).
const documents = new WeakMap<object, Uint8Array>();
const zips = new WeakMap<object, Uint8Array>();

function once(cache: WeakMap<object, Uint8Array>, key: object, make: () => Uint8Array): Uint8Array {
  const made = cache.get(key) ?? make();
  cache.set(key, made);
  return made;
}

/** The whole published catalogue in the profile's own format (lib/catalogue/interchange). */
export async function catalogueDocument({ db }: Work): Promise<Answer> {
  const published = await publishedCatalogue(db);
  const bytes = once(documents, published, () =>
    new TextEncoder().encode(JSON.stringify({ ...toCatalogueDocument(published.stored, published.changedAt), x_licence: licence() }, null, 2)),
  );
  return { bytes, type: "application/json; charset=utf-8", filename: CATALOGUE_FILE };
}

export async function tabular(work: Work): Promise<Answer> {
  const open = await work.catalogue();
  return { bytes: once(zips, open, () => tabularZip(open, licence())), type: "application/zip", filename: TABULAR_FILE };
}
