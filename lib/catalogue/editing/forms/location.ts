import { compact, readLocalised, readNumber, readRows, readText, type PostedFields } from "../form-record";
import type { RecordValue } from "../field-changes";
import type { RecordForm } from "./types";

/**
 * A location's form: a building with an address, or a place online (`virtual`, with a
 * web address); its coordinates, how to get there, and what makes it accessible, one
 * localised row each (an empty row to add one).
 */
export const locationForm: RecordForm = {
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue {
    const address = compact({
      address_1: readText(fields, "address.address_1"),
      address_2: readText(fields, "address.address_2"),
      city: readText(fields, "address.city"),
      postal_code: readText(fields, "address.postal_code")?.toUpperCase(),
      country: readText(fields, "address.country")?.toUpperCase(),
    });
    const accessibility = readRows(fields, "accessibility", (own) => {
      const description = readLocalised(own, "description", locales);
      return description === undefined ? undefined : { description };
    });
    return compact({
      ...start,
      id: typeof start?.id === "string" ? start.id : readText(fields, "id")?.toLowerCase(),
      name: readText(fields, "name"),
      location_type: readText(fields, "location_type"),
      url: readText(fields, "url"),
      description: readLocalised(fields, "description", locales),
      // Only a country (the form's default) is no address.
      address: Object.keys(address).some((key) => key !== "country") ? address : undefined,
      latitude: readNumber(fields, "latitude"),
      longitude: readNumber(fields, "longitude"),
      transportation: readLocalised(fields, "transportation", locales),
      accessibility: accessibility.length > 0 ? accessibility : undefined,
    });
  },
};
