import { compact, readChecked, readLocalised, readRows, readText, type PostedFields } from "../form-record";
import type { RecordValue } from "../field-changes";
import type { RecordForm } from "./types";

/**
 * A taxonomy's form: its name and description, and its terms as rows (code only for a
 * new row: a term's code is what services refer to). A row ticked `remove` leaves the
 * list; publishing refuses that while services or supporters still use the term
 * (mergeRecords, `term_in_use`).
 */
export const taxonomyForm: RecordForm = {
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue {
    const terms = readRows(fields, "terms", (own) => {
      if (readChecked(own, "remove")) return undefined;
      return compact({
        code: readText(own, "code")?.toLowerCase(),
        name: readLocalised(own, "name", locales),
        description: readLocalised(own, "description", locales),
        parent: readText(own, "parent"),
      });
    });
    return compact({
      ...start,
      id: typeof start?.id === "string" ? start.id : readText(fields, "id"),
      name: readLocalised(fields, "name", locales),
      description: readLocalised(fields, "description", locales),
      terms,
    });
  },
};
