import type { RecordKind } from "../kinds";
import { municipalityForm } from "./municipality";
import type { RecordForm } from "./types";

/**
 * Each kind's edit form, one file per kind, by kind; a form for a part of a record (one
 * supporter of a service) by its own name, sent as the hidden field `form`. It reads the
 * whole record back (`start` with that part changed), so saving works the same for both.
 */
export const RECORD_FORMS: Partial<Record<RecordKind | `${RecordKind}.${string}`, RecordForm>> = {
  municipality: municipalityForm,
};

export type { RecordForm } from "./types";
