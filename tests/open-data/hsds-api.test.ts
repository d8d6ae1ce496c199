import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bumpCatalogueRevision } from "@/lib/catalogue/revision";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { API_LIMIT } from "@/lib/open-data/api";
import { OPEN_DATA_PATHS } from "@/lib/open-data/paths";
import { MAX_PER_PAGE } from "@/lib/open-data/query";
import { testEngines } from "@/tests/helpers/db";
import { demoDatabase } from "@/tests/helpers/demo-database";
import { OPTIONS as servicesPreflight } from "@/app/api/hsds/services/route";
import { get, getJson } from "./api-client";
import { emptyPlaces, hsdsSchemas } from "./hsds-schemas";

// The route handlers open the process's database; here that is the test's demo database.
const database = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined }));
vi.mock("@/lib/db/client", () => ({ getPrisma: async () => database.prisma }));

// Any JSON value, loose enough to walk a response freely in a test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Array<Record<string, unknown>> };

const schemas = hsdsSchemas();

describe.each(testEngines)("the HSDS 3.0 API (%s)", (engine) => {
  const db = demoDatabase(engine);
  let visible: string[];
  let hidden: string[];

  beforeAll(async () => {
    database.prisma = db.prisma;
    const services = await db.prisma.service.findMany({ select: { id: true, status: true } });
    visible = services.filter((s) => s.status === "active" || s.status === "temporarily_closed").map((s) => s.id);
    hidden = services.filter((s) => s.status === "inactive" || s.status === "defunct").map((s) => s.id);
  });

  async function allPages(path: string, perPage: number): Promise<Page[]> {
    const first = await getJson<Page>(`${path}${path.includes("?") ? "&" : "?"}per_page=${perPage}`);
    const rest = [];
    for (let page = 2; page <= first.total_pages; page += 1) rest.push(await getJson<Page>(`${path}${path.includes("?") ? "&" : "?"}per_page=${perPage}&page=${page}`));
    return [first, ...rest];
  }

  it("/ names version 3.0, the profile document and the OpenAPI document, which the portal serves", async () => {
    const response = await get("");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toMatchObject({ version: "3.0", profile: `http://portal.test${OPEN_DATA_PATHS.profile}`, openapi_url: `http://portal.test${OPEN_DATA_PATHS.openapi}` });
    expect(existsSync(`public${OPEN_DATA_PATHS.profile}`) && existsSync(`public${OPEN_DATA_PATHS.openapi}`)).toBe(true);
  });

  it("lets a page on another site ask with If-None-Match (CORS preflight)", async () => {
    const response = servicesPreflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("/services lists every published service once over several pages, each page valid HSDS, nothing hidden, nothing null", async () => {
    const pages = await allPages("services", 4);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(schemas.servicePage(page)).toEqual([]);
      expect(emptyPlaces(page.contents)).toEqual([]);
      expect(page.size).toBe(page.contents.length);
    }
    const ids = pages.flatMap((page) => page.contents.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...visible].sort());
    expect(pages[0]).toMatchObject({ total_items: visible.length, page_number: 1, first_page: true, last_page: false, empty: false });
    expect(pages.at(-1)).toMatchObject({ first_page: false, last_page: true });
    expect(ids.some((id) => hidden.includes(id as string))).toBe(false);
  });

  it("/services/{id} gives the whole service: organisation, places with address and hours, languages, attributes with terms, areas", async () => {
    for (const id of visible) {
      const service = await getJson(`services/${id}`);
      expect(schemas.service(service), id).toEqual([]);
      expect(emptyPlaces(service), id).toEqual([]);
    }
    const withPlace = await Promise.all(visible.map((id) => getJson<Record<string, Json>>(`services/${id}`)));
    const rich = withPlace.find((s) => s.service_at_locations?.some((sal: Json) => sal.location?.addresses && sal.schedules));
    expect(rich).toBeDefined();
    expect(rich!.organization).toMatchObject({ id: rich!.organization_id, x_is_care_provider: expect.any(Boolean) });
    expect(rich!.attributes[0].taxonomy_term).toMatchObject({ id: rich!.attributes[0].taxonomy_term_id, name: expect.any(String) });
    expect(rich!.service_areas[0]).toMatchObject({ x_municipality_code: expect.stringMatching(/^GM\d{4}$/) });
    expect(withPlace.some((s) => s.languages?.some((l: Json) => l.code === "nl" && l.name === "Nederlands"))).toBe(true);
    expect(withPlace.some((s) => s.x_translations?.en?.name)).toBe(true);
    expect(withPlace.every((s) => s.assurer_email === undefined)).toBe(true);
    for (const id of [...hidden, "00000000-0000-4000-8000-000000000000", "geen-id"]) {
      const response = await get(`services/${id}`);
      expect(response.status, id).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("full=true, minimal=true and format=ndjson give the same services in other forms", async () => {
    const full = await getJson<Page>(`services?full=true&per_page=${MAX_PER_PAGE}`);
    expect(schemas.fullServicePage(full)).toEqual([]);
    expect(full.contents.every((s) => Array.isArray(s.service_areas))).toBe(true);
    const minimal = await getJson<Page>("services?minimal=true&per_page=5");
    expect(schemas.servicePage(minimal)).toEqual([]);
    expect(Object.keys(minimal.contents[0]!).sort()).toEqual(["id", "last_modified", "name", "status"]);
    const ndjson = await get("services?format=ndjson&municipality=GM0344");
    expect(ndjson.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await ndjson.text()).trim().split("\n").map((line) => JSON.parse(line));
    const paged = await getJson<Page>("services?municipality=GM0344");
    expect(lines.map((s) => s.id)).toEqual(paged.contents.map((s) => s.id));
  });

  it("filters combine with AND; a repeated filter means any of its values", async () => {
    const formal = await db.prisma.taxonomyTerm.findFirstOrThrow({ where: { taxonomyId: "co-kind", code: "formal" } });
    const ids = async (query: string) => (await getJson<Page>(`services?per_page=${MAX_PER_PAGE}&${query}`)).contents.map((s) => s.id as string);
    const byTerm = await ids(`taxonomy_term_id=${formal.id}`);
    const inUtrecht = await ids("municipality=GM0344");
    const both = await ids(`taxonomy_term_id=${formal.id}&municipality=GM0344`);
    expect(byTerm.length).toBeGreaterThan(0);
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(byTerm.filter((id) => inUtrecht.includes(id)));
    expect((await ids("municipality=GM0344&municipality=GM0321")).length).toBeGreaterThan(inUtrecht.length);
    expect((await ids("taxonomy_id=co-kind")).length).toBe(visible.length);
    const organization = (await getJson<Page>("services?per_page=1")).contents[0]!.organization_id as string;
    expect((await ids(`organization_id=${organization}`)).length).toBeGreaterThan(0);
    expect(await ids("modified_after=2999-01-01")).toEqual([]);
    expect((await ids("modified_after=2000-01-01T00:00:00Z")).length).toBe(visible.length);
    // Ages: the range asked for must lie within the service's own.
    const forChild = await ids("minimum_age=9&maximum_age=9");
    for (const id of forChild) {
      const s = await getJson<Record<string, number | undefined>>(`services/${id}`);
      expect((s.minimum_age ?? 0) <= 9 && (s.maximum_age ?? 200) >= 9, id).toBe(true);
    }
    expect(forChild.length).toBeGreaterThan(0);
    expect(forChild.length).toBeLessThan(visible.length);
    const found = await ids("search=schulden");
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(visible.length);
  });

  it("pagination edges: page 0 and per_page too big are refused, a page past the end is empty", async () => {
    for (const query of ["page=0", `per_page=${MAX_PER_PAGE + 1}`, "per_page=0", "page=twee", "page=1&page=2"]) {
      const response = await get(`services?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const body = await response.json();
      expect(body).toMatchObject({ status: 400, title: "Bad Request", parameter: expect.stringMatching(/page/) });
      expect(body.detail.length).toBeGreaterThan(10);
    }
    const beyond = await getJson<Page>("services?page=99&per_page=10");
    expect(beyond).toMatchObject({ page_number: 99, size: 0, contents: [], empty: true, last_page: true, first_page: false, total_items: visible.length });
    expect(schemas.servicePage(beyond)).toEqual([]);
    const none = await getJson<Page>("services?modified_after=2999-01-01");
    expect(none).toMatchObject({ total_items: 0, total_pages: 0, empty: true, first_page: true, last_page: true });
  });

  it.each([
    ["municipality=Utrecht", "municipality"],
    ["taxonomy_term_id=formal", "taxonomy_term_id"],
    ["taxonomy_id=Co Kind", "taxonomy_id"],
    ["organization_id=1", "organization_id"],
    ["minimal=ja", "minimal"],
    ["format=xml", "format"],
    ["modified_after=gisteren", "modified_after"],
    ["minimum_age=30&maximum_age=20", "maximum_age"],
    ["minimum_age=-1", "minimum_age"],
    ["postcode=3511AB", "postcode"],
  ])("a bad parameter (%s) gets 400 with a plain explanation naming it", async (query, parameter) => {
    const response = await get(`services?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toMatchObject({ status: 400, parameter, detail: expect.stringContaining(parameter) });
  });

  it("answers 304 to a client that has this catalogue revision, and 200 again after a change", async () => {
    const first = await get("services?per_page=3");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("services?per_page=3", undefined, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await get("services?per_page=3", undefined, { "if-none-match": 'W/"other"' })).status).toBe(200);
    await bumpCatalogueRevision(db.prisma);
    const changed = await get("services?per_page=3", undefined, { "if-none-match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("limits each address: a burst past the limit gets 429 with Retry-After, other addresses go on", async () => {
    const address = "203.0.113.77";
    // The limit holds per clock minute: a burst that straddles a minute gets one more window.
    let allowed = 0;
    let limited = await get("", address);
    while (limited.status === 200 && allowed <= 2 * API_LIMIT.max) {
      allowed += 1;
      limited = await get("", address);
    }
    expect(allowed).toBeGreaterThanOrEqual(API_LIMIT.max);
    expect(allowed).toBeLessThan(2 * API_LIMIT.max);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("content-type")).toContain("application/problem+json");
    expect((await get("", "203.0.113.78")).status).toBe(200);
  });

  it("/organizations, /taxonomies, /taxonomy_terms and /service_at_locations conform, with their filters", async () => {
    const organizations = await allPages("organizations", 5);
    for (const page of organizations) expect(schemas.organizationPage(page)).toEqual([]);
    const organizationId = organizations[0]!.contents[0]!.id as string;
    const organization = await getJson<Record<string, Json>>(`organizations/${organizationId}`);
    expect(schemas.organization(organization)).toEqual([]);
    expect(organization.services.length).toBeGreaterThan(0);
    expect(schemas.organization(await getJson(`organizations/${organizationId}?full_service=true`))).toEqual([]);

    const taxonomies = await getJson<Page>("taxonomies");
    expect(schemas.taxonomyPage(taxonomies)).toEqual([]);
    const kind = taxonomies.contents.find((t) => t.x_code === "co-kind")!;
    expect(await getJson(`taxonomies/${kind.id}`)).toEqual(kind);

    const terms = await getJson<Page>(`taxonomy_terms?taxonomy_id=${kind.id}`);
    expect(schemas.taxonomyTermPage(terms)).toEqual([]);
    expect(terms.contents.map((t) => t.code).sort()).toEqual(["experience-expert", "formal", "volunteer"]);
    expect(schemas.taxonomyTerm(await getJson(`taxonomy_terms/${terms.contents[0]!.id}`))).toEqual([]);
    const all = await getJson<Page>(`taxonomy_terms?per_page=${MAX_PER_PAGE}`);
    const top = await getJson<Page>(`taxonomy_terms?per_page=${MAX_PER_PAGE}&top_only=true`);
    expect(top.contents.every((t) => t.parent_id === undefined)).toBe(true);
    const child = all.contents.find((t) => t.parent_id !== undefined);
    if (child) expect((await getJson<Page>(`taxonomy_terms?parent_id=${child.parent_id}`)).contents.map((t) => t.id)).toContain(child.id);
    expect((await get("taxonomy_terms?parent_id=kind")).status).toBe(400);

    const sals = await allPages("service_at_locations", 5);
    for (const page of sals) expect(schemas.serviceAtLocationPage(page)).toEqual([]);
    const sal = await getJson(`service_at_locations/${sals[0]!.contents[0]!.id}`);
    expect(schemas.serviceAtLocation(sal)).toEqual([]);
    const inHouten = await getJson<Page>("service_at_locations?municipality=GM0321");
    expect(inHouten.total_items).toBeLessThan(sals[0]!.total_items);
  });
});
