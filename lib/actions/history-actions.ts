"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { editorPath, historyPath } from "@/lib/catalogue/editing/paths";
import type { Problem } from "@/lib/catalogue/interchange/problems";
import { roleAction } from "./builders";
import { formFields } from "./form-input";
import type { RequestContext } from "./request-context";

/**
 * The editor's steps on a record's history: restore an earlier version as a new draft
 * (lib/catalogue/editing/restore.ts), and retire a service (defunct, never deleted:
 * lib/catalogue/editing/retire.ts).
 */

const problemLines = (problems: readonly Problem[], locale: RequestContext["locale"]) => problems.map((problem) => problem.message[locale === "en" ? "en" : "nl"]);

export const restoreVersionAction = roleAction("restoreCatalogueVersion", {
  input: (request) => formFields(request.form),
  done: async (step, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "EditorHistory" });
    if (!step.ok) return { status: "failed", message: t("restoreMissing") };
    const { result, kind, recordId } = step;
    if (result.ok) redirect(`/${request.locale}${editorPath(kind, recordId)}?opgeslagen=1`);
    if ("problems" in result) return { status: "invalid", message: [t("restoreProblems"), ...problemLines(result.problems, request.locale)].join(" ") };
    const message = { draft: t("restoreDraftExists"), removal: t("restoreRemoval"), missing: t("restoreMissing") }[result.refused];
    return { status: "refused", message };
  },
});

export const retireServiceAction = roleAction("retireService", {
  input: (request) => formFields(request.form),
  done: async (step, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "EditorHistory" });
    if (!step.ok) return { status: "failed", message: t("retireGone") };
    if (!step.confirmed) return { status: "invalid", message: t("retireConfirmMissing"), errors: { confirm: t("retireConfirmMissing") } };
    const { result, serviceId } = step;
    if (result.ok) redirect(`/${request.locale}${historyPath("service", serviceId)}?verwijderd=1`);
    if ("problems" in result) return { status: "invalid", message: [t("retireProblems"), ...problemLines(result.problems, request.locale)].join(" ") };
    return { status: "refused", message: result.refused === "gone" ? t("retireGone") : t("retireStale") };
  },
});
