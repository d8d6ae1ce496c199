"use server";

import { redirect } from "@/i18n/navigation";
import { isToken } from "@/lib/catalogue/transfer/staged";
import { roleAction } from "./builders";

/**
 * The catalogue import in the browser (/beheer/import): apply a previewed file, or cancel
 * it. Each is an entry of the access registry (lib/actions/access.ts); the upload itself
 * posts to a route handler (app/api/beheer/import), because a catalogue file is far larger
 * than a server action takes.
 */

export const applyImportAction = roleAction("applyCatalogueImport", {
  input: (request) => ({ token: request.text("token"), revision: Number(request.text("revision")), keep: request.text("keep") === "ja" }),
  done: (result, request) => {
    const token = request.text("token");
    const locale = request.locale;
    if (result.ok) {
      const sum = (key: "created" | "updated" | "deleted") => Object.values(result.counts).reduce((total, c) => total + c[key], 0);
      return redirect({ href: { pathname: "/beheer/import", query: { ingelezen: `${sum("created")}-${sum("updated")}-${sum("deleted")}` } }, locale });
    }
    if (result.reason === "changed" && isToken(token)) {
      const query = request.text("keep") === "ja" ? { verouderd: "1", behouden: "ja" } : { verouderd: "1" };
      return redirect({ href: { pathname: `/beheer/import/${token}`, query }, locale });
    }
    return redirect({ href: { pathname: "/beheer/import", query: { verdwenen: "1" } }, locale });
  },
});

export const cancelImportAction = roleAction("cancelCatalogueImport", {
  input: (request) => request.text("token"),
  done: (_result, request) => redirect({ href: { pathname: "/beheer/import", query: { geannuleerd: "1" } }, locale: request.locale }),
});
