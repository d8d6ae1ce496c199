import type { Json } from "./fixtures";

/**
 * Faulty variants of the sample, one fault each, with where and how it must be
 * reported. `layer` says who can see the fault: the JSON Schema itself
 * ("schema"), only our stricter rules ("stricter"), or only the reference checks
 * ("reference"); schema.test.ts holds ajv to that.
 */
export type Fault = {
  name: string;
  layer: "schema" | "stricter" | "reference";
  mutate: (d: Json) => void;
  path: string;
  code: string;
  /** False when the fault unavoidably causes follow-up problems elsewhere. */
  only?: boolean;
};

const sched = (d: Json) => d.services[0].service_at_locations[0].schedules[0];
const SAL = "$.services[0].service_at_locations[0].schedules[0]";
const sup = (d: Json) => d.services[9].x_supporters[0];
const SUP = "$.services[9].x_supporters[0]";

export const faults: Fault[] = [
  { name: "wrong profile", layer: "schema", mutate: (d) => (d.profile = "hsds/2"), path: "$.profile", code: "profile" },
  { name: "generated_at not a time", layer: "schema", mutate: (d) => (d.generated_at = "gisteren"), path: "$.generated_at", code: "format_date_time" },
  { name: "no municipalities", layer: "schema", mutate: (d) => delete d.municipalities, path: "$.municipalities", code: "required", only: false },
  { name: "municipality code", layer: "schema", mutate: (d) => (d.municipalities[0].code = "GM392"), path: "$.municipalities[0].code", code: "format_municipality_code", only: false },
  { name: "TOOI uri", layer: "schema", mutate: (d) => (d.municipalities[0].uri = "https://example.nl/gm0392"), path: "$.municipalities[0].uri", code: "format_tooi_uri" },
  { name: "access team phone", layer: "schema", mutate: (d) => (d.municipalities[0].access_team.phone = "bel ons"), path: "$.municipalities[0].access_team.phone", code: "format_phone" },
  { name: "blank Dutch text", layer: "schema", mutate: (d) => (d.municipalities[0].access_team.name.nl = "  "), path: "$.municipalities[0].access_team.name.nl", code: "empty_text" },
  { name: "bad locale key", layer: "schema", mutate: (d) => (d.municipalities[1].access_team.name["en gb"] = "x"), path: '$.municipalities[1].access_team.name["en gb"]', code: "format_locale" },
  { name: "duplicate municipality", layer: "reference", mutate: (d) => d.municipalities.push(structuredClone(d.municipalities[0])), path: "$.municipalities[2].code", code: "duplicate_municipality" },
  { name: "required taxonomy missing", layer: "schema", mutate: (d) => d.taxonomies.splice(4, 1), path: "$.taxonomies", code: "taxonomy_required", only: false },
  { name: "duplicate taxonomy", layer: "reference", mutate: (d) => d.taxonomies.push(structuredClone(d.taxonomies[0])), path: "$.taxonomies[6].id", code: "duplicate_taxonomy" },
  { name: "duplicate term code", layer: "reference", mutate: (d) => d.taxonomies[1].terms.push(structuredClone(d.taxonomies[1].terms[0])), path: "$.taxonomies[1].terms[11].code", code: "duplicate_term_code" },
  { name: "unknown parent term", layer: "reference", mutate: (d) => (d.taxonomies[1].terms[0].parent = "zorg"), path: "$.taxonomies[1].terms[0].parent", code: "unknown_parent_term" },
  { name: "term code not a slug", layer: "schema", mutate: (d) => d.taxonomies[1].terms.push({ code: "Zorg Thuis", name: { nl: "Zorg" } }), path: "$.taxonomies[1].terms[11].code", code: "format_slug" },
  { name: "taxonomy without terms", layer: "schema", mutate: (d) => d.taxonomies.push({ id: "extra", name: { nl: "Extra" }, terms: [] }), path: "$.taxonomies[6].terms", code: "list_empty" },
  { name: "organization without name", layer: "schema", mutate: (d) => delete d.organizations[0].name, path: "$.organizations[0].name", code: "required" },
  { name: "organization id", layer: "schema", mutate: (d) => (d.organizations[0].id = "org-1"), path: "$.organizations[0].id", code: "format_uuid", only: false },
  { name: "email", layer: "schema", mutate: (d) => (d.organizations[0].email = "naastu@example"), path: "$.organizations[0].email", code: "format_email" },
  { name: "website", layer: "schema", mutate: (d) => (d.organizations[0].website = "www.example.nl"), path: "$.organizations[0].website", code: "format_url" },
  { name: "KVK number", layer: "schema", mutate: (d) => (d.organizations[0].identifiers[0].identifier = "9999010"), path: "$.organizations[0].identifiers[0].identifier", code: "format_kvk" },
  { name: "boolean as text", layer: "schema", mutate: (d) => (d.organizations[1].x_is_care_provider = "nee"), path: "$.organizations[1].x_is_care_provider", code: "wrong_type" },
  { name: "missing boolean", layer: "schema", mutate: (d) => delete d.organizations[1].x_is_access_team, path: "$.organizations[1].x_is_access_team", code: "required" },
  { name: "phone type", layer: "schema", mutate: (d) => (d.organizations[0].phones[0].type = "fax"), path: "$.organizations[0].phones[0].type", code: "not_allowed" },
  { name: "service status", layer: "schema", mutate: (d) => (d.services[1].status = "open"), path: "$.services[1].status", code: "not_allowed" },
  { name: "no service areas", layer: "schema", mutate: (d) => (d.services[1].service_areas = []), path: "$.services[1].service_areas", code: "list_empty" },
  { name: "service area twice", layer: "schema", mutate: (d) => d.services[1].service_areas.push({ municipality: "GM0473" }), path: "$.services[1].service_areas[1]", code: "duplicate_item" },
  { name: "no co-kind", layer: "schema", mutate: (d) => (d.services[17].attributes = d.services[17].attributes.slice(1)), path: "$.services[17].attributes", code: "co_kind_missing" },
  { name: "two co-kinds", layer: "schema", mutate: (d) => d.services[1].attributes.push("co-kind:volunteer"), path: "$.services[1].attributes[14]", code: "co_kind_multiple" },
  { name: "attribute not a term reference", layer: "schema", mutate: (d) => d.services[1].attributes.push("wonen"), path: "$.services[1].attributes[14]", code: "format_term_ref" },
  { name: "attribute twice", layer: "schema", mutate: (d) => d.services[1].attributes.push("co-domain:housing"), path: "$.services[1].attributes[14]", code: "duplicate_item" },
  { name: "unknown term", layer: "reference", mutate: (d) => d.services[1].attributes.push("co-domain:space-travel"), path: "$.services[1].attributes[14]", code: "unknown_term" },
  { name: "age out of range", layer: "schema", mutate: (d) => (d.services[1].minimum_age = 150), path: "$.services[1].minimum_age", code: "age_bounds" },
  { name: "age not whole", layer: "schema", mutate: (d) => (d.services[1].minimum_age = 17.5), path: "$.services[1].minimum_age", code: "integer" },
  { name: "maximum below minimum age", layer: "stricter", mutate: (d) => (d.services[1].maximum_age = 12), path: "$.services[1].maximum_age", code: "age_range" },
  { name: "impossible date", layer: "schema", mutate: (d) => (d.services[1].assured_date = "2026-02-31"), path: "$.services[1].assured_date", code: "calendar_date" },
  { name: "Dutch date order", layer: "schema", mutate: (d) => (d.services[1].assured_date = "30-09-2026"), path: "$.services[1].assured_date", code: "format_date" },
  { name: "negative waiting days", layer: "schema", mutate: (d) => (d.services[1].x_waiting_days = -1), path: "$.services[1].x_waiting_days", code: "not_negative" },
  { name: "missing x_handles_complex", layer: "schema", mutate: (d) => delete d.services[1].x_handles_complex, path: "$.services[1].x_handles_complex", code: "required" },
  { name: "unknown organization", layer: "reference", mutate: (d) => (d.services[1].organization_id = "00000000-0000-4000-8000-000000000000"), path: "$.services[1].organization_id", code: "unknown_organization" },
  { name: "unknown location", layer: "reference", mutate: (d) => (d.services[1].service_at_locations[0].location_id = "00000000-0000-4000-8000-000000000000"), path: "$.services[1].service_at_locations[0].location_id", code: "unknown_location" },
  { name: "unknown municipality", layer: "reference", mutate: (d) => (d.services[1].service_areas[0].municipality = "GM0363"), path: "$.services[1].service_areas[0].municipality", code: "unknown_municipality" },
  { name: "duplicate id", layer: "reference", mutate: (d) => (d.services[5].id = d.services[3].id), path: "$.services[5].id", code: "duplicate_id" },
  { name: "supporter id used twice", layer: "reference", mutate: (d) => (d.services[1].x_supporters[0].id = d.services[0].x_supporters[0].id), path: "$.services[1].x_supporters[0].id", code: "duplicate_id" },
  { name: "backup to itself", layer: "reference", mutate: (d) => (d.services[0].x_backup_service_id = d.services[0].id), path: "$.services[0].x_backup_service_id", code: "backup_self" },
  { name: "backup unknown", layer: "reference", mutate: (d) => (d.services[9].x_backup_service_id = "00000000-0000-4000-8000-000000000000"), path: "$.services[9].x_backup_service_id", code: "unknown_backup_service" },
  { name: "backup not formal", layer: "reference", mutate: (d) => (d.services[16].x_backup_service_id = d.services[9].id), path: "$.services[16].x_backup_service_id", code: "backup_not_formal" },
  { name: "lived experience format", layer: "schema", mutate: (d) => (sup(d).lived_experience = ["debt"]), path: `${SUP}.lived_experience[0]`, code: "format_lived_experience" },
  { name: "unknown lived experience", layer: "reference", mutate: (d) => sup(d).lived_experience.push("co-lived-experience:war"), path: `${SUP}.lived_experience[2]`, code: "unknown_term" },
  { name: "language twice", layer: "schema", mutate: (d) => sup(d).languages.push("nl"), path: `${SUP}.languages[${2}]`, code: "duplicate_item", only: true },
  { name: "language code", layer: "schema", mutate: (d) => (sup(d).languages = ["NL"]), path: `${SUP}.languages[0]`, code: "format_language" },
  { name: "blank display name", layer: "schema", mutate: (d) => (sup(d).display_name = ""), path: `${SUP}.display_name`, code: "empty_text" },
  { name: "absolute photo path", layer: "schema", mutate: (d) => (sup(d).photo = "/etc/passwd.jpg"), path: `${SUP}.photo`, code: "format_photo_path" },
  { name: "photo path leaving the folder", layer: "schema", mutate: (d) => (sup(d).photo = "fotos/../../geheim.jpg"), path: `${SUP}.photo`, code: "format_photo_path" },
  { name: "photo as URL", layer: "schema", mutate: (d) => (sup(d).photo = "https://example.nl/a.jpg"), path: `${SUP}.photo`, code: "format_photo_path" },
  { name: "photo type", layer: "stricter", mutate: (d) => (sup(d).photo = "fotos/anna.gif"), path: `${SUP}.photo`, code: "photo_extension" },
  { name: "schedule without freq or description", layer: "schema", mutate: (d) => { delete sched(d).freq; delete sched(d).byday; delete sched(d).description; }, path: SAL, code: "schedule_freq_or_description" },
  { name: "byday without freq", layer: "schema", mutate: (d) => delete sched(d).freq, path: `${SAL}.byday`, code: "schedule_byday_needs_freq" },
  { name: "opens without closes", layer: "schema", mutate: (d) => delete sched(d).closes_at, path: `${SAL}.closes_at`, code: "schedule_needs_closes_at" },
  { name: "closes without opens", layer: "schema", mutate: (d) => delete sched(d).opens_at, path: `${SAL}.opens_at`, code: "schedule_needs_opens_at" },
  { name: "closes before it opens", layer: "stricter", mutate: (d) => (sched(d).closes_at = "12:00"), path: `${SAL}.closes_at`, code: "schedule_opens_after_closes" },
  { name: "time without leading zero", layer: "schema", mutate: (d) => (sched(d).opens_at = "9:30"), path: `${SAL}.opens_at`, code: "format_time" },
  { name: "weekly with occurrence", layer: "schema", mutate: (d) => (sched(d).byday = "2TH"), path: `${SAL}.byday`, code: "format_byday_weekly" },
  { name: "byday in Dutch", layer: "schema", mutate: (d) => (sched(d).byday = "DO"), path: `${SAL}.byday`, code: "format_byday" },
  { name: "frequency", layer: "schema", mutate: (d) => (sched(d).freq = "DAILY"), path: `${SAL}.freq`, code: "not_allowed" },
  { name: "validity ends before it starts", layer: "stricter", mutate: (d) => Object.assign(sched(d), { valid_from: "2027-01-01", valid_to: "2026-12-31" }), path: `${SAL}.valid_to`, code: "schedule_valid_range" },
  { name: "physical location without address", layer: "schema", mutate: (d) => delete d.locations[0].address, path: "$.locations[0].address", code: "address_required" },
  { name: "postcode", layer: "schema", mutate: (d) => (d.locations[0].address.postal_code = "2011xp"), path: "$.locations[0].address.postal_code", code: "format_postal_code" },
  { name: "country", layer: "schema", mutate: (d) => (d.locations[0].address.country = "Nederland"), path: "$.locations[0].address.country", code: "format_country" },
  { name: "latitude", layer: "schema", mutate: (d) => (d.locations[0].latitude = 152.4), path: "$.locations[0].latitude", code: "latitude" },
  { name: "location type", layer: "schema", mutate: (d) => (d.locations[0].location_type = "online"), path: "$.locations[0].location_type", code: "not_allowed" },
  { name: "accessibility without description", layer: "schema", mutate: (d) => (d.locations[0].accessibility[0] = {}), path: "$.locations[0].accessibility[0].description", code: "required" },
  { name: "list given as object", layer: "schema", mutate: (d) => (d.locations = {}), path: "$.locations", code: "wrong_type", only: false },
];

/** Variants the format allows, which must be accepted. */
export const allowed: { name: string; mutate: (d: Json) => void }[] = [
  { name: "unknown keys everywhere", mutate: (d) => Object.assign(d, { x_future: 1 }, { services: d.services.map((s: Json) => ({ ...s, x_new: { a: 1 } })) }) },
  { name: "temporarily closed", mutate: (d) => (d.services[0].status = "temporarily closed") },
  { name: "monthly with occurrence", mutate: (d) => Object.assign(d.services[0].service_at_locations[0].schedules[0], { freq: "MONTHLY", byday: "2TU,-1FR" }) },
  { name: "schedule with description only", mutate: (d) => (d.services[0].service_at_locations[0].schedules[0] = { description: { nl: "Op afspraak." } }) },
  { name: "other identifier scheme", mutate: (d) => d.organizations[0].identifiers.push({ identifier_scheme: "NL-OIN", identifier: "0000000123" }) },
  { name: "virtual location without address", mutate: (d) => delete d.locations[8].address },
  { name: "photo in a folder", mutate: (d) => (d.services[0].x_supporters[0].photo = "fotos/marieke.JPG") },
  { name: "upper-case ids", mutate: (d) => (d.services[0].id = d.services[0].id.toUpperCase()) },
  { name: "leap day", mutate: (d) => (d.services[0].assured_date = "2028-02-29") },
  { name: "three-letter locale", mutate: (d) => (d.services[0].name.pap = "Yudansa") },
];
