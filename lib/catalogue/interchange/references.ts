import { isRecord } from "./primitives";
import { formatPath, problem, type PathSegment, type Problem } from "./problems";

/**
 * Checks what JSON Schema cannot express: ids that must be unique and
 * references that must point at something in the same document. It reads the
 * raw input defensively, so it also runs when the shape check found faults and
 * every fault is reported in one pass. Values whose own shape is already
 * reported (`shapeFaults`, formatted paths) are skipped to avoid double reports.
 */
/**
 * Records a partial document (an editor's change of one record) may refer to without
 * holding them: what the database already has.
 */
export type KnownRecords = {
  municipalities: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  locations: ReadonlySet<string>;
  /** Stored services by id: whether each is formal (a fallback must be). */
  services: ReadonlyMap<string, boolean>;
};

export function checkReferences(input: unknown, shapeFaults: ReadonlySet<string>, known?: KnownRecords): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(input)) return problems;

  // The string at `path`, or undefined when absent or already reported as malformed.
  // Ids compare in lower case, as the database stores UUIDs.
  const value = (record: Record<string, unknown>, key: string, path: PathSegment[]) => {
    const found = record[key];
    if (typeof found !== "string" || shapeFaults.has(formatPath(path))) return undefined;
    return key === "id" || key.endsWith("_id") ? found.toLowerCase() : found;
  };
  const firstSeen = (seen: Map<string, string>, key: string | undefined, at: PathSegment[], code: string, where: PathSegment[]) => {
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, formatPath(where));
    else problems.push(problem(code, at, { first }));
  };

  const municipalities = new Map<string, string>();
  items(input, "municipalities").forEach(([m, i]) => {
    firstSeen(municipalities, value(m, "code", ["municipalities", i, "code"]), ["municipalities", i, "code"], "duplicate_municipality", ["municipalities", i]);
  });

  const terms = new Set<string>(known?.terms);
  const taxonomyIds = new Map<string, string>();
  items(input, "taxonomies").forEach(([taxonomy, t]) => {
    const id = value(taxonomy, "id", ["taxonomies", t, "id"]);
    firstSeen(taxonomyIds, id, ["taxonomies", t, "id"], "duplicate_taxonomy", ["taxonomies", t]);
    const codes = new Map<string, string>();
    const list = items(taxonomy, "terms");
    for (const [term, j] of list) {
      const code = value(term, "code", ["taxonomies", t, "terms", j, "code"]);
      firstSeen(codes, code, ["taxonomies", t, "terms", j, "code"], "duplicate_term_code", ["taxonomies", t, "terms", j]);
      if (id !== undefined && code !== undefined) terms.add(`${id}:${code}`);
    }
    for (const [term, j] of list) {
      const parent = value(term, "parent", ["taxonomies", t, "terms", j, "parent"]);
      if (parent !== undefined && !codes.has(parent)) {
        problems.push(problem("unknown_parent_term", ["taxonomies", t, "terms", j, "parent"], { code: parent }));
      }
    }
  });

  const ids = new Map<string, string>();
  const organizations = new Set<string>(known?.organizations);
  const locations = new Set<string>(known?.locations);
  for (const [org, i] of items(input, "organizations")) {
    const id = value(org, "id", ["organizations", i, "id"]);
    firstSeen(ids, id, ["organizations", i, "id"], "duplicate_id", ["organizations", i]);
    if (id !== undefined) organizations.add(id);
  }
  for (const [loc, i] of items(input, "locations")) {
    const id = value(loc, "id", ["locations", i, "id"]);
    firstSeen(ids, id, ["locations", i, "id"], "duplicate_id", ["locations", i]);
    if (id !== undefined) locations.add(id);
  }
  const services = items(input, "services");
  const formal = new Map<string, boolean>(known?.services);
  for (const [service, i] of services) {
    const id = value(service, "id", ["services", i, "id"]);
    firstSeen(ids, id, ["services", i, "id"], "duplicate_id", ["services", i]);
    const attributes: unknown[] = Array.isArray(service.attributes) ? service.attributes : [];
    if (id !== undefined) formal.set(id, attributes.includes("co-kind:formal"));
    for (const [supporter, j] of items(service, "x_supporters")) {
      const at: PathSegment[] = ["services", i, "x_supporters", j];
      firstSeen(ids, value(supporter, "id", [...at, "id"]), [...at, "id"], "duplicate_id", at);
    }
  }

  const refs = (record: Record<string, unknown>, key: string, path: PathSegment[], known: Set<string>) => {
    if (!Array.isArray(record[key])) return;
    (record[key] as unknown[]).forEach((ref, k) => {
      const at = [...path, key, k];
      if (typeof ref === "string" && !shapeFaults.has(formatPath(at)) && !known.has(ref)) {
        problems.push(problem("unknown_term", at, { ref }));
      }
    });
  };

  for (const [service, i] of services) {
    const at = (...rest: PathSegment[]): PathSegment[] => ["services", i, ...rest];
    const org = value(service, "organization_id", at("organization_id"));
    if (org !== undefined && !organizations.has(org)) problems.push(problem("unknown_organization", at("organization_id")));
    for (const [sal, k] of items(service, "service_at_locations")) {
      const loc = value(sal, "location_id", at("service_at_locations", k, "location_id"));
      if (loc !== undefined && !locations.has(loc)) problems.push(problem("unknown_location", at("service_at_locations", k, "location_id")));
    }
    const backup = value(service, "x_backup_service_id", at("x_backup_service_id"));
    if (backup !== undefined) {
      const isFormal = formal.get(backup);
      const self = typeof service.id === "string" && backup === service.id.toLowerCase();
      const code = self ? "backup_self" : isFormal === undefined ? "unknown_backup_service" : isFormal ? undefined : "backup_not_formal";
      if (code) problems.push(problem(code, at("x_backup_service_id"), { target: backup }));
    }
    refs(service, "attributes", at(), terms);
    for (const [area, k] of items(service, "service_areas")) {
      const code = value(area, "municipality", at("service_areas", k, "municipality"));
      if (code !== undefined && !municipalities.has(code) && !known?.municipalities.has(code)) problems.push(problem("unknown_municipality", at("service_areas", k, "municipality"), { code }));
    }
    for (const [supporter, j] of items(service, "x_supporters")) refs(supporter, "lived_experience", at("x_supporters", j), terms);
  }
  return problems;
}

/** The object items of `record[key]`, each with its index; anything else is the shape check's concern. */
function items(record: Record<string, unknown>, key: string): Array<[Record<string, unknown>, number]> {
  const list = record[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => (isRecord(item) ? [[item, index] as [Record<string, unknown>, number]] : []));
}
