"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SYSTEM_FIELDS, startedFromValues } from "@/lib/catalogue/editing/edit-form";
import type { FieldChange } from "@/lib/catalogue/editing/field-changes";
import { fieldWords } from "@/lib/catalogue/editing/field-words";
import { problemField } from "@/lib/catalogue/editing/form-record";
import { editorPath } from "@/lib/catalogue/editing/paths";
import type { Problem } from "@/lib/catalogue/interchange/problems";
import { roleAction } from "./builders";
import { formFields, formFiles } from "./form-input";
import type { FormState } from "./form-state";
import type { RequestContext } from "./request-context";

/**
 * The editor's steps on a catalogue record (lib/catalogue/editing/edit-form.ts): save a
 * draft, publish it, throw it away. Every kind of record uses these three; a kind's form
 * differs only in its fields (components/editor/*Form.tsx, lib/catalogue/editing/forms/).
 */

/** What was typed, to show again: every posted field but the hidden ones, a repeated name comma-joined. */
function typed(request: RequestContext): Record<string, string> {
  const fields = formFields(request.form);
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !SYSTEM_FIELDS.has(name) && !name.startsWith("$")).map(([name, values]) => [name, values.join(",")]));
}

/** Importer problems at their fields, in the form's language. */
function problemErrors(problems: readonly Problem[], locale: RequestContext["locale"]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = problemField(problem) || "form";
    errors[field] ??= problem.message[locale === "en" ? "en" : "nl"];
  }
  return errors;
}

async function changeWords(changes: readonly FieldChange[], locale: RequestContext["locale"]): Promise<NonNullable<FormState["details"]>> {
  const [fields, editor] = await Promise.all([getTranslations({ locale, namespace: "EditorFields" }), getTranslations({ locale, namespace: "Editor" })]);
  return changes.map((change) =>
    fieldWords((key, values) => fields(key as "name", values), (key) => fields.has(key as "name"), (key, values) => editor(key as "empty", values), change, locale),
  );
}

export const saveDraftAction = roleAction("saveCatalogueDraft", {
  input: (request) => ({ fields: formFields(request.form), files: formFiles(request.form) }),
  done: async (saved, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "Editor" });
    if (!saved.ok) return { status: "failed", message: t("invalid"), values: typed(request) };
    const { result, kind, record } = saved;
    if (result.ok) {
      const key = kind === "municipality" ? String(record.code) : String(record.id);
      redirect(`/${request.locale}${saved.path ?? editorPath(kind, key)}?opgeslagen=1`);
    }
    if ("problems" in result) {
      return { status: "invalid", message: t("invalid"), errors: problemErrors(result.problems, request.locale), values: typed(request) };
    }
    const { conflict } = result;
    const fieldsInWords = await changeWords(conflict.changes, request.locale);
    const overlap = (await changeWords(conflict.overlapping.map((field) => ({ field, before: null, after: null })), request.locale)).map((row) => row.label);
    const message = [t("conflict"), overlap.length > 0 ? t("conflictOverlap", { fields: overlap.join(", ") }) : ""].filter(Boolean).join(" ");
    return { status: "refused", message, details: fieldsInWords, values: { ...saved.formValuesOf(conflict.rebased), ...startedFromValues(conflict.startedFrom) } };
  },
});

export const publishDraftAction = roleAction("publishCatalogueDraft", {
  input: (request) => formFields(request.form),
  done: async (step, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "Editor" });
    if (!step.ok) return { status: "failed", message: t("publishGone") };
    const { result, kind, recordId } = step;
    if (result.ok) {
      const done = step.photoNotPlaced ? "zonder-foto" : result.changes.length > 0 ? "1" : "0";
      redirect(`/${request.locale}${editorPath(kind, recordId)}?gepubliceerd=${done}`);
    }
    if ("gone" in result) return { status: "failed", message: t("publishGone") };
    if ("problems" in result) {
      const lines = Object.values(problemErrors(result.problems, request.locale));
      return { status: "invalid", message: [t("publishProblems"), ...lines].join(" ") };
    }
    const { conflict } = result;
    if (conflict.overlapping.length === 0) return { status: "refused", message: t("publishStale") };
    const overlap = (await changeWords(conflict.overlapping.map((field) => ({ field, before: null, after: null })), request.locale)).map((row) => row.label);
    return { status: "refused", message: t("publishConflict", { fields: overlap.join(", ") }), details: await changeWords(conflict.changes, request.locale) };
  },
});

export const discardDraftAction = roleAction("discardCatalogueDraft", {
  input: (request) => formFields(request.form),
  done: async (step, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "Editor" });
    if (!step.ok || !step.result) return { status: "refused", message: t("discardStale") };
    redirect(`/${request.locale}${editorPath(step.kind, step.recordId)}?weggegooid=1`);
  },
});
