import { compact, readChecked, readChoices, readLocalised, readRows, readText, type PostedFields } from "../form-record";
import type { RecordValue } from "../field-changes";
import { isDraftPhoto } from "../draft-photo-path";
import { EDITOR_PATHS } from "../paths";
import type { RecordForm } from "./types";

const rowsOf = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/**
 * One supporter of a service (`service.supporter`): the form's fields are named by the
 * supporter's place in the service (`x_supporters.<index>.display_name`), so the schema's
 * messages land at them. Only that supporter changes; the rest of the service is kept
 * from `start`. A new supporter (an id the service does not have) is added at the end;
 * `remove` takes them out. A new photo arrives as `photo` holding a staged upload's name
 * (put there by the server after checking the file, never taken from what was posted).
 */
export const supporterForm: RecordForm = {
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue {
    let supporters = rowsOf(start?.x_supporters);
    for (const posted of readRows(fields, "x_supporters", (own) => own)) {
      const id = readText(posted, "id")?.toLowerCase();
      if (id === undefined) continue;
      const before = supporters.find((p) => p.id === id);
      if (readChecked(posted, "remove")) {
        supporters = supporters.filter((p) => p.id !== id);
        continue;
      }
      const staged = readText(posted, "photo");
      const photo = staged !== undefined && isDraftPhoto(staged) ? staged : readChecked(posted, "photo_remove") ? undefined : before?.photo;
      const languages = readChoices(posted, "languages");
      const lived = readChoices(posted, "lived_experience");
      const supporter = compact({
        ...before,
        id,
        display_name: readText(posted, "display_name"),
        bio: readLocalised(posted, "bio", locales),
        languages: languages.length > 0 ? languages : undefined,
        lived_experience: lived.length > 0 ? lived : undefined,
        gender: readText(posted, "gender"),
        photo,
      });
      supporters = before ? supporters.map((p) => (p.id === id ? supporter : p)) : [...supporters, supporter];
    }
    return compact({ ...start, x_supporters: supporters.length > 0 ? supporters : undefined });
  },
  savedPath(record: RecordValue, fields: PostedFields): string | undefined {
    const [posted] = readRows(fields, "x_supporters", (own) => own);
    const id = posted ? readText(posted, "id")?.toLowerCase() : undefined;
    const kept = rowsOf(record.x_supporters).some((p) => p.id === id);
    return typeof record.id === "string" && id !== undefined && kept ? supporterPath(record.id, id) : undefined;
  },
};

/** Where one supporter of a service is edited. */
export const supporterPath = (serviceId: string, supporterId: string) => `${EDITOR_PATHS.service}/${serviceId}/ondersteuners/${supporterId}`;
