import type { RecordValue } from "../field-changes";
import type { PostedFields } from "../form-record";

/**
 * How one kind's edit form becomes a record in the interchange form. `start` is the record
 * the form was opened with (null for a new one): fields the form does not show are kept
 * from it. `locales` are the portal's languages, each a field of every localised text.
 */
export type RecordForm = {
  fromForm(start: RecordValue | null, fields: PostedFields, locales: readonly string[]): RecordValue;
  /**
   * The fields the form posts when opened on `record` and sent unchanged, where they differ
   * from the record's paths (`formValues`): a refused save shows the record this way.
   */
  toForm?(record: RecordValue): PostedFields;
  /** The page a save returns to, when not the record's own (a part's form returns to that part). */
  savedPath?(record: RecordValue, fields: PostedFields): string | undefined;
};
