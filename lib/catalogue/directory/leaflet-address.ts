import { directoryQuery, emptyFilters } from "./filters";

/**
 * Where a printed leaflet sends its readers, written out and as a QR code: the directory
 * of its municipality (every supporter there), on the portal's public address, in the
 * leaflet's language.
 */
export function leafletAddress(origin: string, locale: string, municipality: string | undefined): string {
  return `${origin.replace(/\/+$/, "")}/${locale}/aanbod${directoryQuery({ ...emptyFilters, gemeente: municipality })}`;
}
