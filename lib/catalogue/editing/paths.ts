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

/** A kind's word in a history address: `/beheer/geschiedenis/gemeente/GM0344`. */
export const HISTORY_SLUGS = {
  municipality: "gemeente",
  taxonomy: "begrip",
  organization: "organisatie",
  location: "locatie",
  service: "dienst",
} as const satisfies Record<RecordKind, string>;

export const historyPath = (kind: RecordKind, key: string) => `/beheer/geschiedenis/${HISTORY_SLUGS[kind]}/${encodeURIComponent(key)}`;

/** The kind a history address names, or undefined. */
export const kindOfHistorySlug = (slug: string): RecordKind | undefined =>
  (Object.keys(HISTORY_SLUGS) as RecordKind[]).find((kind) => HISTORY_SLUGS[kind] === slug);
