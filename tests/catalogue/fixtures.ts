import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The shared sample catalogue and documents derived from it for tests and benchmarks. */
// shared/ lies beside the repository, in a developer's checkout and in CI alike.
export const SHARED_CATALOGUE = fileURLToPath(new URL("../../../shared/catalogue/", import.meta.url));
export const SAMPLE_PATH = path.join(SHARED_CATALOGUE, "sample-haarlem-zandvoort.json");
export const SCHEMA_PATH = path.join(SHARED_CATALOGUE, "schema.json");

// Any JSON value, loose enough to edit a document freely in a test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

const sampleText = readFileSync(SAMPLE_PATH, "utf8");

export function sample(): Json {
  return JSON.parse(sampleText);
}

/** A stable UUID-shaped id derived from a seed, so generated documents are reproducible. */
export function idFrom(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

