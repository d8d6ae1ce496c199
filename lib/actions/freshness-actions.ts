"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parseId } from "@/lib/catalogue/ids";
import { roleAction } from "./builders";
import { worded } from "./form-state";
import type { RequestContext } from "./request-context";

/**
 * The editors' freshness and error-report actions (issue 9, points 5 and 7), each an
 * entry of the access registry (lib/actions/access.ts). After success each answers with a
 * redirect (post, redirect, get): a reload or the back button never posts it again.
 */

/** The queue's own address to come back to: its filter and page, and the service just checked. */
function queueAddress(request: RequestContext, checked: string): string {
  const query = new URLSearchParams();
  const municipality = request.text("gemeente");
  const page = request.text("pagina");
  if (/^GM\d{4}$/.test(municipality)) query.set("gemeente", municipality);
  if (/^\d{1,4}$/.test(page) && page !== "1") query.set("pagina", page);
  query.set("gecontroleerd", checked);
  return `/${request.locale}/beheer/controleren?${query.toString()}`;
}

export const markCheckedAction = roleAction("markServiceChecked", {
  input: (request) => ({ serviceId: request.text("serviceId"), version: request.text("version") }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "FreshnessQueue" });
    if (!result.ok) return { status: "failed", message: t(`errors.${result.reason}`) };
    const id = parseId(request.text("serviceId"))!;
    if (request.text("from") === "queue") redirect(queueAddress(request, id));
    return { status: "done", message: t("checkedNow") };
  },
});

const REPORT_TYPED = ["outcome", "resolution"];

export const handleReportAction = roleAction("handleErrorReport", {
  keep: ["resolution"],
  input: (request) => ({ id: request.text("id"), ...request.values(REPORT_TYPED) }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "ReportQueue" });
    if (result.ok) redirect(`/${request.locale}/beheer/meldingen?afgehandeld=${result.outcome}`);
    if (result.reason === "invalid") {
      const errors = worded(result.errors, (code) => t(`errors.${code as "resolutionRequired"}`));
      return { status: "invalid", message: t("errors.summary"), errors, values: request.values(REPORT_TYPED) };
    }
    return { status: "failed", message: t("errors.gone") };
  },
});
