"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { roleAction } from "./builders";
import { worded } from "./form-state";
import type { RequestContext } from "./request-context";

/** The server actions of the admin area: each an entry of the access registry (lib/actions/access.ts). */

const INTERNAL_TYPED = ["notes", "directPhone", "directEmail"];

export const saveInternalAction = roleAction("saveServiceInternal", {
  keep: INTERNAL_TYPED,
  input: (request) => ({ ...request.values([...INTERNAL_TYPED, "serviceId"]), version: request.text("version") }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "AdminInternal" });
    if (!result.ok) {
      const { form, ...fields } = result.errors;
      const errors = worded(fields, (code) => t(`errors.${code as "form"}`));
      const message = form ? t(`errors.${form as "form"}`) : t("errors.summary");
      return { status: form ? "failed" : "invalid", message, errors, values: request.values(INTERNAL_TYPED) };
    }
    revalidatePath(`/${request.locale}/beheer/diensten/${request.text("serviceId")}/notities`);
    return { status: "done", message: t("saved") };
  },
});

/** What the admin typed comes back after a refused submit; the password never does (it is not sent back into the page). */
const ACCOUNT_TYPED = ["name", "email", "role", "organizationId", "teamId"];
const accountValues = (request: RequestContext) => ({ ...request.values(ACCOUNT_TYPED), extraRoles: request.form.getAll("extraRoles").map(String).join(",") });

export const createUserAction = roleAction("createUser", {
  keep: ACCOUNT_TYPED,
  input: (request) => ({
    ...request.values(ACCOUNT_TYPED),
    organizationId: request.text("organizationId") || undefined,
    teamId: request.text("teamId") || undefined,
    password: request.text("password"),
    extraRoles: request.form.getAll("extraRoles"),
  }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "AdminAccounts" });
    if (!result.ok) {
      const errors = worded(result.errors, (code) => t(`errors.${code as "email"}`));
      return { status: "invalid", message: t("errors.summary"), errors, values: accountValues(request) };
    }
    revalidatePath(`/${request.locale}/beheer/accounts`);
    return { status: "done", message: t("created", { email: result.email }) };
  },
});

export const setDisabledAction = roleAction("setUserDisabled", {
  input: (request) => ({ userId: request.text("userId"), disabled: request.text("disabled") === "true" }),
  done: (result, request) => {
    revalidatePath(`/${request.locale}/beheer/accounts`);
    return { status: result.ok ? "done" : "failed" };
  },
});

export const decideLinkAction = roleAction("decideOidcLink", {
  input: (request) => ({ userId: request.text("userId"), approve: request.text("approve") === "true" }),
  done: async (result, request) => {
    revalidatePath(`/${request.locale}/beheer/accounts`);
    const t = await getTranslations({ locale: request.locale, namespace: "AdminAccounts" });
    return result.ok ? { status: "done", message: t("linkDone") } : { status: "failed", message: t("errors.form") };
  },
});

export const resetPasswordAction = roleAction("resetPassword", {
  input: (request) => request.text("userId"),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "AdminAccounts" });
    if (!result.ok) return { status: "failed", message: t("errors.form") };
    const tReset = await getTranslations({ locale: request.locale, namespace: "AdminPasswordReset" });
    return { status: "done", message: tReset("done", { email: result.email, password: result.temporary }) };
  },
});

const TEAM_TYPED = ["name", "municipalityCode"];

export const createTeamAction = roleAction("createTeam", {
  keep: TEAM_TYPED,
  input: (request) => request.values(TEAM_TYPED),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "AdminAccounts" });
    if (!result.ok) {
      const errors = worded(result.errors, (code) => t(`errors.${code as "teamName"}`));
      return { status: "invalid", message: t("errors.summary"), errors, values: request.values(TEAM_TYPED) };
    }
    revalidatePath(`/${request.locale}/beheer/accounts`);
    return { status: "done", message: t("teamCreated", { name: result.name }) };
  },
});

export const setUserTeamAction = roleAction("setUserTeam", {
  keep: ["teamId"],
  input: (request) => ({ userId: request.text("userId"), teamId: request.text("teamId") || null }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "AdminAccounts" });
    if (!result.ok) return { status: "failed", message: t("errors.teamNotSaved"), values: request.values(["teamId"]) };
    revalidatePath(`/${request.locale}/beheer/accounts`);
    return { status: "done", message: t("teamSaved") };
  },
});
