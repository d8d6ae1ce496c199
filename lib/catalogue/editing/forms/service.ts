import { compact, readChoices, readInteger, readLocalised, readRows, readText, readYesNo, type PostedFields } from "../form-record";
import type { RecordValue } from "../field-changes";
import type { RecordForm } from "./types";

/**
 * A service's form: every field of the profile but its supporters (their own form,
 * `service.supporter`) and the freshness mark (`assured_date`, `assurer_email`: its own
 * step); those are kept from `start`. Lists are rows `<list>.<index>.<field>` with one
 * empty row to add one; checkboxes post one value each.
 *
 * Attributes: the one `co-kind` term is a radio group named `attributes` (so the
 * schema's "choose a kind" problem lands on it); every other taxonomy is a group of
 * checkboxes named `attributes.<taxonomy>`.
 */
export const SERVICE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const KIND_FIELD = "attributes";
export const attributeField = (taxonomy: string) => (taxonomy === "co-kind" ? KIND_FIELD : `${KIND_FIELD}.${taxonomy}`);

const ACCEPTING = { ja: true, nee: false } as const;

function readSchedule(own: PostedFields, locales: readonly string[]): RecordValue {
  const byday = readChoices(own, "byday").join(",");
  return compact({
    freq: readText(own, "freq"),
    byday: byday === "" ? undefined : byday,
    opens_at: readText(own, "opens_at"),
    closes_at: readText(own, "closes_at"),
    valid_from: readText(own, "valid_from"),
    valid_to: readText(own, "valid_to"),
    description: readLocalised(own, "description", locales),
    notes: readText(own, "notes"),
  });
}

function readPlace(own: PostedFields, locales: readonly string[]): RecordValue {
  const schedules = readRows(own, "schedules", (row) => readSchedule(row, locales));
  return compact({
    location_id: readText(own, "location_id"),
    description: readLocalised(own, "description", locales),
    schedules: schedules.length === 0 ? undefined : schedules,
  });
}

/** Every attribute ticked: the kind first, then each taxonomy's terms in the form's order. */
function readAttributes(fields: PostedFields): string[] {
  const groups = Object.keys(fields).filter((name) => name === KIND_FIELD || name.startsWith(`${KIND_FIELD}.`));
  groups.sort((a, b) => (a === KIND_FIELD ? -1 : b === KIND_FIELD ? 1 : 0));
  return [...new Set(groups.flatMap((name) => readChoices(fields, name)))];
}

/** Values ticked, those the record had in its own order first, so opening and saving changes nothing. */
function inStartOrder(values: string[], before: unknown): string[] {
  const order = Array.isArray(before) ? before : [];
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return values.map((value, index) => ({ value, index })).sort((a, b) => rank(a.value) - rank(b.value) || a.index - b.index).map(({ value }) => value);
}

export const serviceForm: RecordForm = {
  toForm: (record) => serviceFields(record),
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue {
    const phones = readRows(fields, "phones", (own) =>
      compact({ number: readText(own, "number"), type: readText(own, "type"), description: readLocalised(own, "description", locales) }),
    );
    const places = readRows(fields, "service_at_locations", (own) => readPlace(own, locales));
    const accepting = readText(fields, "x_accepting_new_clients");
    const languages = inStartOrder(readChoices(fields, "languages"), start?.languages);
    const areas = inStartOrder(readChoices(fields, "service_areas"), (Array.isArray(start?.service_areas) ? start.service_areas : []).map((area) => (area as RecordValue).municipality));
    return compact({
      ...start,
      // A new service's id is made by the page (a hidden field); it never changes after.
      id: start?.id ?? readText(fields, "id"),
      organization_id: readText(fields, "organization_id"),
      // Always an object, so a missing Dutch name is refused at its own field (`name.nl`).
      name: readLocalised(fields, "name", locales) ?? {},
      description: readLocalised(fields, "description", locales),
      status: readText(fields, "status"),
      url: readText(fields, "url"),
      email: readText(fields, "email"),
      phones: phones.length === 0 ? undefined : phones,
      application_process: readLocalised(fields, "application_process", locales),
      fees_description: readLocalised(fields, "fees_description", locales),
      eligibility_description: readLocalised(fields, "eligibility_description", locales),
      minimum_age: readInteger(fields, "minimum_age"),
      maximum_age: readInteger(fields, "maximum_age"),
      service_areas: areas.map((municipality) => ({ municipality })),
      languages: languages.length === 0 ? undefined : languages,
      attributes: inStartOrder(readAttributes(fields), start?.attributes),
      service_at_locations: places.length === 0 ? undefined : places,
      x_handles_complex: readYesNo(fields, "x_handles_complex"),
      x_accepting_new_clients: accepting !== undefined && Object.hasOwn(ACCEPTING, accepting) ? ACCEPTING[accepting as keyof typeof ACCEPTING] : undefined,
      x_waiting_days: readInteger(fields, "x_waiting_days"),
      x_backup_service_id: readText(fields, "x_backup_service_id"),
    });
  },
};

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const list = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

function localised(into: Record<string, string[]>, name: string, value: unknown) {
  if (value === null || typeof value !== "object") return;
  for (const [locale, words] of Object.entries(value)) if (typeof words === "string") into[`${name}.${locale}`] = [words];
}

/**
 * The fields the service form posts when it is opened on `record` and sent unchanged
 * (its checkboxes, rows and radio groups), the other way round from `fromForm`.
 */
export function serviceFields(record: RecordValue): PostedFields {
  const into: Record<string, string[]> = {};
  const put = (name: string, value: unknown) => {
    if (typeof value === "string") into[name] = [value];
    else if (typeof value === "number") into[name] = [String(value)];
    else if (typeof value === "boolean") into[name] = [value ? "ja" : "nee"];
  };
  for (const key of ["organization_id", "status", "url", "email", "minimum_age", "maximum_age", "x_handles_complex", "x_waiting_days", "x_backup_service_id"]) put(key, record[key]);
  put("x_accepting_new_clients", record.x_accepting_new_clients ?? "onbekend");
  for (const key of ["name", "description", "application_process", "fees_description", "eligibility_description"]) localised(into, key, record[key]);
  list(record.phones).forEach((phone, i) => {
    put(`phones.${i}.number`, phone.number);
    put(`phones.${i}.type`, phone.type);
    localised(into, `phones.${i}.description`, phone.description);
  });
  into.service_areas = list(record.service_areas).flatMap((area) => text(area.municipality) ?? []);
  into.languages = Array.isArray(record.languages) ? (record.languages as string[]) : [];
  for (const ref of Array.isArray(record.attributes) ? (record.attributes as string[]) : []) {
    const name = attributeField(ref.split(":")[0]!);
    into[name] = [...(into[name] ?? []), ref];
  }
  list(record.service_at_locations).forEach((place, i) => {
    put(`service_at_locations.${i}.location_id`, place.location_id);
    localised(into, `service_at_locations.${i}.description`, place.description);
    list(place.schedules).forEach((schedule, j) => {
      const row = `service_at_locations.${i}.schedules.${j}`;
      for (const key of ["freq", "opens_at", "closes_at", "valid_from", "valid_to", "notes"]) put(`${row}.${key}`, schedule[key]);
      if (typeof schedule.byday === "string") into[`${row}.byday`] = schedule.byday.split(",");
      localised(into, `${row}.description`, schedule.description);
    });
  });
  return into;
}

/** Whether a schedule's days fit the seven checkboxes (a monthly "1MO" does not: it is shown as text). */
export const daysFitCheckboxes = (byday: unknown) => byday === undefined || (typeof byday === "string" && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/u.test(byday));
