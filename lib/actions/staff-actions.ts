"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { clearSessionCookie, currentActor, setSessionCookie } from "@/lib/auth/request";
import { homeOf, PENDING_PAGES } from "@/lib/auth/pending";
import { returnPath, withoutLocale } from "@/lib/auth/return-path";
import { giveSecondFactor } from "@/lib/auth/second-factor";
import { actorForToken } from "@/lib/auth/session";
import type { PendingStep } from "@/lib/auth/roles";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db/client";
import { publicAction, roleAction } from "./builders";
import { worded, type FormState } from "./form-state";

/**
 * The server actions of the staff area. Signing in and out are for anyone; every other
 * one is an entry of the access registry (lib/actions/access.ts), built with roleAction,
 * so the role check is never repeated here.
 */

export const signInAction = publicAction("signIn", ["email"], async (request) => {
  const t = await getTranslations({ locale: request.locale, namespace: "StaffSignIn" });
  const email = request.text("email").trim();
  const password = request.text("password");
  const errors: Record<string, string> = {};
  if (!email) errors.email = t("emailMissing");
  if (!password) errors.password = t("passwordMissing");
  if (Object.keys(errors).length > 0) return { status: "invalid", errors, values: { email } };
  const result = await signIn(await getPrisma(), { email, password, ip: request.client, userAgent: (await headers()).get("user-agent") });
  if (!result.ok) return { status: result.reason === "limited" ? "limited" : "invalid", message: t(result.reason === "limited" ? "limited" : "invalid"), values: { email } };
  await setSessionCookie(result.token, result.expiresAt);
  return redirect({ href: afterSignIn(result.pending, result.role, returnPath(request.text("terug"))), locale: request.locale });
});

/**
 * Where a sign-in step leads: the next step (the code carries the way back along), else
 * the checked page the user asked for (`terug`, e.g. a form kept after the session
 * ended), else the role's start page.
 */
function afterSignIn(pending: PendingStep | null, role: string, back: string | undefined) {
  if (pending === "code" && back) return { pathname: PENDING_PAGES.code, query: { terug: back } };
  if (pending) return PENDING_PAGES[pending];
  return back ? withoutLocale(back) : homeOf(role);
}

/** The second step of signing in: a code from the app or a recovery code. */
export const giveCodeAction = publicAction("giveCode", [], async (request) => {
  const t = await getTranslations({ locale: request.locale, namespace: "StaffSignInCode" });
  const code = request.text("code");
  if (!code.trim()) return { status: "invalid", errors: { code: t("missing") } };
  const result = await giveSecondFactor(await getPrisma(), await currentActor(), { code, userAgent: (await headers()).get("user-agent") });
  if (result.ok) {
    await setSessionCookie(result.token, result.expiresAt);
    const actor = await actorForToken(await getPrisma(), result.token);
    return redirect({ href: afterSignIn(actor?.pending ?? null, actor?.role ?? "staff", returnPath(request.text("terug"))), locale: request.locale });
  }
  if (result.reason === "expired") return redirect({ href: { pathname: "/inloggen", query: { verlopen: "1" } }, locale: request.locale });
  if (result.reason === "limited") return { status: "limited", message: t("limited") };
  return { status: "invalid", errors: { code: t("invalid") } };
});

export const signOutAction = publicAction("signOut", [], async (request) => {
  const actor = await currentActor();
  if (actor) await signOut(await getPrisma(), actor);
  await clearSessionCookie();
  return redirect({ href: { pathname: "/inloggen", query: { uitgelogd: "1" } }, locale: request.locale });
});

export const signOutEverywhereAction = roleAction("signOutEverywhere", {
  input: () => undefined,
  done: async (_result, request) => {
    await clearSessionCookie();
    return redirect({ href: { pathname: "/inloggen", query: { uitgelogd: "overal" } }, locale: request.locale });
  },
});

const HANDOVER_TYPED = ["supporterId", "residentName", "residentPhone", "residentEmail", "preferredContact", "question", "consent"];

export const createHandoverAction = roleAction("createHandover", {
  keep: HANDOVER_TYPED,
  input: async (request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffHandover" });
    return {
      values: request.values([...HANDOVER_TYPED, "serviceId", "idempotencyKey"]),
      locale: request.locale,
      consentText: (service: string) => t("consentText", { service }),
    };
  },
  done: async (result, request) => {
    if (result.ok) return redirect({ href: `/werk/overdrachten/${result.id}`, locale: request.locale });
    const t = await getTranslations({ locale: request.locale, namespace: "StaffHandoverErrors" });
    const values = request.values(HANDOVER_TYPED);
    if (result.reason === "invalid") return { status: "invalid", message: t("summary"), errors: worded(result.errors, (code) => t(code as "form")), values };
    if (result.reason === "unavailable") return { status: "failed", message: t(`unavailableBecause.${result.because}`), values };
    return { status: "failed", message: t("form"), values };
  },
});

export const answerAction = roleAction("answerContactRequest", {
  keep: ["reason"],
  input: (request) => ({ id: request.text("id"), version: request.text("version"), to: request.text("to"), reason: request.text("reason") }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffInbox" });
    if (!result.ok) {
      if (result.errors.reason) return { status: "invalid", errors: { reason: t("reasonMissing") }, values: request.values(["reason"]) };
      return { status: "failed", message: t("stale") };
    }
    revalidatePath(`/${request.locale}/werk/inbox`);
    return { status: "done", message: t("saved") };
  },
});

export const changePasswordAction = roleAction("changeOwnPassword", {
  input: (request) => ({ current: request.text("current"), next: request.text("next"), repeat: request.text("repeat") }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffPassword" });
    if (!result.ok) {
      const { form, ...fields } = result.errors;
      if (form) return { status: form === "limited" ? "limited" : "failed", message: t(`errors.${form as "limited"}`) };
      return { status: "invalid", message: t("errors.summary"), errors: worded(fields, (code) => t(`errors.${code as "short"}`)) };
    }
    // A password that had to be replaced: the way in is open now (or the second factor comes next).
    const actor = await currentActor();
    if (request.text("afterReset") === "1") return redirect({ href: actor?.pending ? PENDING_PAGES[actor.pending] : homeOf(actor?.role ?? "staff"), locale: request.locale });
    revalidatePath(`/${request.locale}/werk/account`);
    return { status: "done", message: t("changed") };
  },
});

/** The recovery codes go back in the form's state, shown once (components/staff/RecoveryCodes.tsx). */
function shownCodes(codes: string[], message: string): FormState {
  return { status: "done", message, values: { recoveryCodes: codes.join(" ") } };
}

export const confirmSecondFactorAction = roleAction("confirmSecondFactor", {
  input: (request) => request.text("code"),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffSecondFactor" });
    if (!result.ok) return { status: "invalid", errors: { code: t(result.error === "code" ? "codeWrong" : "expired") } };
    return shownCodes(result.recoveryCodes, t("enabled"));
  },
});

export const renewRecoveryCodesAction = roleAction("renewRecoveryCodes", {
  input: () => undefined,
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffSecondFactor" });
    return result.ok ? shownCodes(result.recoveryCodes, t("renewed")) : { status: "failed", message: t("expired") };
  },
});
