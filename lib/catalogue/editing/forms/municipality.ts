import { compact, readLocalised, readText, type PostedFields } from "../form-record";
import type { RecordValue } from "../field-changes";
import type { RecordForm } from "./types";

/**
 * A municipality's form: its name, CBS code (only when new: the code is its key) and TOOI
 * address, and its own access team (Toegang / wijkteam), which decides on provisions and
 * is shown to residents apart from independent client support.
 */
export const municipalityForm: RecordForm = {
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue {
    const teamName = readLocalised(fields, "access_team.name", locales);
    const team = compact({
      name: teamName,
      phone: readText(fields, "access_team.phone"),
      website: readText(fields, "access_team.website"),
      description: readLocalised(fields, "access_team.description", locales),
    });
    return compact({
      ...start,
      code: start?.code ?? readText(fields, "code"),
      name: readText(fields, "name"),
      uri: readText(fields, "uri"),
      // A team needs a name; other team fields without one are refused at the name by the schema.
      access_team: Object.keys(team).length === 0 ? undefined : team,
    });
  },
};
