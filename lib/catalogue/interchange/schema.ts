import { z } from "zod";
import {
  always, date, dateTime, email, isRecord, languageCodes, localisedText, municipalityCode,
  nonEmptyText, patterns, phone, phoneNumber, slug, termRef, uniqueList, url, uuid,
} from "./primitives";
import { schedule } from "./schedule-schema";

/**
 * The catalogue interchange format `hsds-nl-clientondersteuning/1` as one zod
 * schema: the single source of truth for the importer, the admin forms, the
 * server actions and the API. It mirrors shared/catalogue/schema.json; the
 * cross-references between records are checked in references.ts.
 * Unknown keys are dropped (forward compatible), never rejected.
 */
export * from "./primitives";
export { schedule, type Schedule } from "./schedule-schema";

export const PROFILE = "hsds-nl-clientondersteuning/1";
/** Photo types every browser shows; anything else is refused before it reaches the uploads folder. */
export const PHOTO_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp"] as const;
export const REQUIRED_TAXONOMIES = ["co-kind", "co-domain", "co-target-group", "co-attending", "co-credential"] as const;

export const municipality = z.object({
  code: municipalityCode,
  name: nonEmptyText,
  uri: z.string().regex(patterns.tooiUri, { error: "format_tooi_uri" }).optional(),
  access_team: z
    .object({
      name: localisedText,
      phone: phoneNumber.optional(),
      website: url.optional(),
      description: localisedText.optional(),
    })
    .optional(),
});

export const taxonomyTerm = z.object({
  code: slug,
  name: localisedText,
  description: localisedText.optional(),
  parent: slug.optional(),
});

export const taxonomy = z.object({
  id: slug,
  name: localisedText,
  description: localisedText.optional(),
  terms: z.array(taxonomyTerm).min(1, { error: "list_empty" }),
});

export const identifier = z
  .object({ identifier_scheme: nonEmptyText, identifier: nonEmptyText })
  .superRefine((value: unknown, ctx) => {
    if (!isRecord(value) || value.identifier_scheme !== "NL-KVK" || typeof value.identifier !== "string") return;
    if (!patterns.kvk.test(value.identifier)) ctx.addIssue({ code: "custom", message: "format_kvk", path: ["identifier"] });
  }, always);

export const organization = z.object({
  id: uuid,
  name: nonEmptyText,
  alternate_name: z.string().optional(),
  description: localisedText.optional(),
  email: email.optional(),
  website: url.optional(),
  legal_status: z.string().optional(),
  identifiers: z.array(identifier).optional(),
  phones: z.array(phone).optional(),
  x_is_care_provider: z.boolean(),
  x_is_access_team: z.boolean(),
});

export const supporter = z.object({
  id: uuid,
  display_name: nonEmptyText,
  bio: localisedText.optional(),
  languages: languageCodes.optional(),
  lived_experience: uniqueList(
    z.string().regex(patterns.livedExperienceRef, { error: "format_lived_experience" }),
  ).optional(),
  photo: z
    .string()
    .regex(patterns.photoPath, { error: "format_photo_path" })
    .refine((path) => PHOTO_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext)), { error: "photo_extension" })
    .optional(),
  gender: z.string().optional(),
});

export const serviceAtLocation = z.object({
  location_id: uuid,
  description: localisedText.optional(),
  schedules: z.array(schedule).optional(),
});

const age = z.int({ error: "integer" }).min(0, { error: "age_bounds" }).max(130, { error: "age_bounds" });

export const serviceStatus = z.enum(["active", "inactive", "defunct", "temporarily closed"]);

export const service = z
  .object({
    id: uuid,
    organization_id: uuid,
    name: localisedText,
    description: localisedText.optional(),
    status: serviceStatus,
    url: url.optional(),
    email: email.optional(),
    phones: z.array(phone).optional(),
    application_process: localisedText.optional(),
    fees_description: localisedText.optional(),
    eligibility_description: localisedText.optional(),
    minimum_age: age.optional(),
    maximum_age: age.optional(),
    assured_date: date.optional(),
    assurer_email: email.optional(),
    service_areas: uniqueList(z.object({ municipality: municipalityCode }), (v) => (isRecord(v) ? v.municipality : v))
      .min(1, { error: "list_empty" }),
    languages: languageCodes.optional(),
    attributes: uniqueList(termRef).superRefine(checkOneKind, always),
    service_at_locations: z.array(serviceAtLocation).optional(),
    x_handles_complex: z.boolean(),
    x_accepting_new_clients: z.boolean().optional(),
    // The upper bound is the database's whole-number limit, far beyond any real wait.
    x_waiting_days: z.int({ error: "integer" }).min(0, { error: "not_negative" }).max(2_147_483_647, { error: "integer" }).optional(),
    x_backup_service_id: uuid.optional(),
    x_supporters: z.array(supporter).optional(),
  })
  .superRefine((value: unknown, ctx) => {
    if (!isRecord(value)) return;
    const { minimum_age: min, maximum_age: max } = value;
    if (typeof min === "number" && typeof max === "number" && min > max) {
      ctx.addIssue({ code: "custom", message: "age_range", path: ["maximum_age"], params: { min, max } });
    }
  }, always);

/** Exactly one `co-kind` term: who gives the support decides how a service is shown and matched. */
function checkOneKind(value: unknown, ctx: z.RefinementCtx) {
  if (!Array.isArray(value)) return;
  const kinds = value.flatMap((ref, index) => (typeof ref === "string" && ref.startsWith("co-kind:") ? [index] : []));
  if (kinds.length === 0) ctx.addIssue({ code: "custom", message: "co_kind_missing", path: [] });
  for (const index of kinds.slice(1)) ctx.addIssue({ code: "custom", message: "co_kind_multiple", path: [index] });
}

export const address = z.object({
  address_1: nonEmptyText,
  address_2: z.string().optional(),
  city: nonEmptyText,
  postal_code: z.string().regex(patterns.postalCode, { error: "format_postal_code" }).optional(),
  country: z.string().regex(patterns.country, { error: "format_country" }).optional(),
});

export const locationType = z.enum(["physical", "virtual"]);

export const location = z
  .object({
    id: uuid,
    name: nonEmptyText,
    location_type: locationType,
    url: url.optional(),
    description: localisedText.optional(),
    address: address.optional(),
    latitude: z.number({ error: "number" }).min(-90, { error: "latitude" }).max(90, { error: "latitude" }).optional(),
    longitude: z.number({ error: "number" }).min(-180, { error: "longitude" }).max(180, { error: "longitude" }).optional(),
    transportation: localisedText.optional(),
    accessibility: z.array(z.object({ description: localisedText })).optional(),
  })
  .superRefine((value: unknown, ctx) => {
    if (isRecord(value) && value.location_type === "physical" && value.address === undefined) {
      ctx.addIssue({ code: "custom", message: "address_required", path: ["address"] });
    }
  }, always);

export const catalogueDocument = z.object({
  profile: z.literal(PROFILE, { error: "profile" }),
  generated_at: dateTime.optional(),
  municipalities: z.array(municipality).min(1, { error: "list_empty" }),
  taxonomies: z.array(taxonomy).superRefine((value: unknown, ctx) => {
    if (!Array.isArray(value)) return;
    const present = new Set(value.map((t: unknown) => (isRecord(t) ? t.id : undefined)));
    for (const id of REQUIRED_TAXONOMIES) {
      if (!present.has(id)) ctx.addIssue({ code: "custom", message: "taxonomy_required", path: [], params: { id } });
    }
  }, always),
  organizations: z.array(organization),
  services: z.array(service),
  locations: z.array(location),
});

export type Municipality = z.output<typeof municipality>;
export type Taxonomy = z.output<typeof taxonomy>;
export type TaxonomyTerm = z.output<typeof taxonomyTerm>;
export type Organization = z.output<typeof organization>;
export type Supporter = z.output<typeof supporter>;
export type ServiceAtLocation = z.output<typeof serviceAtLocation>;
export type Service = z.output<typeof service>;
export type Address = z.output<typeof address>;
export type Location = z.output<typeof location>;
export type CatalogueDocument = z.output<typeof catalogueDocument>;

/**
 * Some records of the catalogue, not the whole of it: what an editor publishes. Every list
 * may be left out; references to records outside it are checked against the database
 * (validateRecords in validate.ts).
 */
export const recordsDocument = z.object({
  profile: z.literal(PROFILE, { error: "profile" }),
  municipalities: z.array(municipality).default([]),
  taxonomies: z.array(taxonomy).default([]),
  organizations: z.array(organization).default([]),
  services: z.array(service).default([]),
  locations: z.array(location).default([]),
});
