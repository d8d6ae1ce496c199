import type { RecordKind } from "./kinds";

/** Where each kind of record is edited (under /beheer), also the page a save returns to. */
export const EDITOR_PATHS = {
  municipality: "/beheer/gemeenten",
  taxonomy: "/beheer/begrippen",
  organization: "/beheer/organisaties",
  location: "/beheer/locaties",
  service: "/beheer/diensten",
} as const satisfies Record<RecordKind, string>;

export const editorPath = (kind: RecordKind, key: string) => `${EDITOR_PATHS[kind]}/${encodeURIComponent(key)}`;
