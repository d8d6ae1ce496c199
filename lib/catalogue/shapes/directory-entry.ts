import { localise, type LocalisedText } from "../localise";
import type { CatalogueService } from "../records";

/** One service as the directory, the leaflet and the staff lookup list it. */
export type DirectoryEntry = Omit<CatalogueService, "name" | "description"> & {
  name: LocalisedText;
  description: LocalisedText | undefined;
};

/** The service in the visitor's language; undefined for a record without a name (the importer requires a Dutch one). */
export function toDirectoryEntry(service: CatalogueService, locale: string): DirectoryEntry | undefined {
  const name = localise(service.name, locale);
  return name ? { ...service, name, description: localise(service.description, locale) } : undefined;
}
