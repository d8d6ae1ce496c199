import { compact, readLocalised, readRows, readText, readYesNo, type PostedFields } from "../form-record";
import type { RecordValue } from "../field-changes";
import type { RecordForm } from "./types";

const rowsOf = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/**
 * An organization's form: names and contact, both independence flags (a care provider
 * or part of the access team is not independent support), registrations (KvK checked by
 * the schema) and phone numbers as rows, with an empty row to add one. A phone's
 * localised description is kept from the row it was opened with.
 */
export const organizationForm: RecordForm = {
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue {
    const identifiers = readRows(fields, "identifiers", (own) =>
      compact({ identifier_scheme: readText(own, "identifier_scheme"), identifier: readText(own, "identifier") }),
    );
    const startPhones = rowsOf(start?.phones);
    const phones = readRows(fields, "phones", (own) => {
      const from = startPhones.find((row) => row.number === readText(own, "number"));
      return compact({ ...from, number: readText(own, "number"), type: readText(own, "type") });
    });
    return compact({
      ...start,
      id: typeof start?.id === "string" ? start.id : readText(fields, "id")?.toLowerCase(),
      name: readText(fields, "name"),
      alternate_name: readText(fields, "alternate_name"),
      description: readLocalised(fields, "description", locales),
      email: readText(fields, "email"),
      website: readText(fields, "website"),
      legal_status: readText(fields, "legal_status"),
      x_is_care_provider: readYesNo(fields, "x_is_care_provider"),
      x_is_access_team: readYesNo(fields, "x_is_access_team"),
      identifiers: identifiers.length > 0 ? identifiers : undefined,
      phones: phones.length > 0 ? phones : undefined,
    });
  },
};
