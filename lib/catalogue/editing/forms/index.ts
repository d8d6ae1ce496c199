import type { RecordKind } from "../kinds";
import { municipalityForm } from "./municipality";
import type { RecordForm } from "./types";

/** Each kind's edit form: one file per kind. A kind without a form cannot be edited in the browser yet. */
export const RECORD_FORMS: Partial<Record<RecordKind, RecordForm>> = {
  municipality: municipalityForm,
};

export type { RecordForm } from "./types";
