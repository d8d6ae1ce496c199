import { createHash } from "node:crypto";

/**
 * HSDS gives every record a UUID. The catalogue has its own UUIDs for everything people
 * keep (services, organisations, places, terms, phones, schedules); a few HSDS records
 * are parts of those with no id of their own (a service area, a language, an address,
 * a vocabulary named by a slug). They get a name-based UUID (version 5 layout) from what
 * they are, so the same record has the same id in every answer and every download.
 */
const NAMESPACE = "hsds-nl-clientondersteuning/1";

export function derivedId(...parts: string[]): string {
  const hex = createHash("sha1").update([NAMESPACE, ...parts].join("\u0000")).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const taxonomyUuid = (slug: string) => derivedId("taxonomy", slug);
