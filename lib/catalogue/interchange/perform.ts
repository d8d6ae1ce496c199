import type { OwnerInfo } from "@/lib/db/lock";
import { performOperation } from "@/lib/db/owner";

/**
 * Runs a catalogue operation for a command-line script: in the process that
 * owns the embedded database when the portal runs, otherwise here (see
 * lib/db/owner.ts; the operations are registered in lib/operations.ts).
 */
export type CatalogueOperation = "catalogue.import" | "catalogue.export";
export type Route = "here" | OwnerInfo;

export function performCatalogueOperation(
  name: CatalogueOperation,
  payload: unknown,
  onRoute?: (where: Route) => void,
): Promise<unknown> {
  return performOperation(name, payload, { onRoute });
}
