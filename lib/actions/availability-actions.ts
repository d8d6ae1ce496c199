"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { isChangeKind, type ChangeKind } from "@/lib/catalogue/editing/availability-input";
import { PROPOSAL_FIELDS } from "@/lib/catalogue/editing/provider-proposal";
import { roleAction } from "./builders";
import { worded, type FormState } from "./form-state";

/**
 * A provider's own availability (lib/catalogue/editing/availability.ts): every small form
 * of /werk/aanbod/<id> posts here, its kind of change in a hidden field; and the proposal
 * of other changes, which becomes a draft for an editor. Both are entries of the access
 * registry (provider only); whether the service is the provider's own is checked inside.
 */
const AVAILABILITY_FIELDS = [
  "change", "serviceId", "version", "accepting", "waitingDays", "place", "scheduleId",
  "byday", "opensAt", "closesAt", "validFrom", "validTo", "date", "reasonNl", "reasonEn", "reopensOn",
] as const;
const TYPED = ["accepting", "waitingDays", "byday", "opensAt", "closesAt", "validFrom", "validTo", "date", "reasonNl", "reasonEn", "reopensOn"];

const refreshPages = (locale: string) => {
  revalidatePath(`/${locale}/werk/aanbod`, "layout");
};

export const changeAvailabilityAction = roleAction("changeAvailability", {
  keep: TYPED,
  input: (request) => request.values(AVAILABILITY_FIELDS),
  done: async (result, request): Promise<FormState> => {
    const t = await getTranslations({ locale: request.locale, namespace: "Availability" });
    if (result.ok) {
      refreshPages(request.locale);
      const change = savedKey(request.text("change"));
      // These forms go with what they changed: the page itself says it was done.
      if (result.changed && GONE_AFTER.has(change)) {
        return redirect({ href: `/werk/aanbod/${encodeURIComponent(request.text("serviceId"))}?klaar=${change}`, locale: request.locale });
      }
      return { status: "done", message: t(result.changed ? `saved.${change}` : "unchanged") };
    }
    if (!("errors" in result)) {
      if (result.reason === "missing") return { status: "refused", message: t("missing") };
      // Stale: the page is rendered anew with the current values and version.
      refreshPages(request.locale);
      return { status: "failed", message: t("stale") };
    }
    const { form, ...fields } = result.errors;
    if (form) {
      refreshPages(request.locale);
      return { status: "failed", message: t(form === "gone" ? "stale" : "invalidForm"), values: request.values(TYPED) };
    }
    return {
      status: "invalid",
      message: t("invalid"),
      errors: worded(fields, (code) => t(`errors.${code as "invalid"}`)),
      values: request.values(TYPED),
    };
  },
});

const GONE_AFTER = new Set<string>(["removeSchedule", "restoreDate", "reopen"]);
function savedKey(change: string): ChangeKind {
  return isChangeKind(change) ? change : "intake";
}

export const proposeServiceChangeAction = roleAction("proposeServiceChange", {
  keep: [...PROPOSAL_FIELDS],
  input: (request) => ({
    serviceId: request.text("serviceId"),
    draftVersion: request.text("draftVersion"),
    recordVersion: request.text("recordVersion"),
    values: request.values(PROPOSAL_FIELDS),
  }),
  done: async (result, request): Promise<FormState> => {
    const t = await getTranslations({ locale: request.locale, namespace: "AvailabilityProposal" });
    const values = request.values(PROPOSAL_FIELDS);
    if (result.ok) {
      refreshPages(request.locale);
      return { status: "done", message: t("sent") };
    }
    if (result.reason === "conflict") {
      refreshPages(request.locale);
      const fields = [...new Set(result.changes.map((c) => c.field.split(".")[0]!))].join(", ");
      return { status: "failed", message: t("conflict", { fields: fields || "-" }), values };
    }
    if (!("errors" in result)) {
      if (result.reason === "missing") return { status: "refused", message: t("missing") };
      return { status: "invalid", message: t("unchanged"), values };
    }
    const { form, ...fields } = result.errors;
    const locale = request.locale;
    return {
      status: "invalid",
      message: form?.[locale] ?? t("invalid"),
      errors: worded(Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, m?.[locale]])), (text) => text),
      values,
    };
  },
});
