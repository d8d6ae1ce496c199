"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { redirect } from "@/i18n/navigation";
import { clearSessionCookie, currentActor, setSessionCookie } from "@/lib/auth/request";
import { homeOf, PENDING_PAGES } from "@/lib/auth/pending";
import { returnPath, withoutLocale } from "@/lib/auth/return-path";
import { giveSecondFactor } from "@/lib/auth/second-factor";
import { actorForToken } from "@/lib/auth/session";
import type { PendingStep } from "@/lib/auth/roles";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db/client";
import { handoversHref, parseHandoverFilters } from "@/lib/contact-requests/handover-filters";
import { requestNumber } from "@/lib/contact-requests/request-number";
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

const HANDOVER_TYPED = [
  "supporterId",
  "residentName",
  "residentPhone",
  "residentEmail",
  "preferredContact",
  "question",
  "consent",
  "language",
  "interpreter",
  "safeToCall",
  "safeToMessage",
  "urgent",
  "urgencyReason",
];
const HANDOVER_HIDDEN = ["serviceId", "idempotencyKey", "previousRequestId"];

export const createHandoverAction = roleAction("createHandover", {
  keep: HANDOVER_TYPED,
  input: async (request) => {
    // The consent is read out, and stored, in the resident's language (nl or en), whatever the staff member's screen shows.
    const chosen = request.text("consentLocale");
    const consentLocale = hasLocale(routing.locales, chosen) ? chosen : request.locale;
    const t = await getTranslations({ locale: consentLocale, namespace: "StaffHandover" });
    return {
      values: { ...request.values([...HANDOVER_TYPED, ...HANDOVER_HIDDEN]), callMoments: request.form.getAll("callMoments") },
      locale: consentLocale,
      consentText: (service: string) => t("consentText", { service }),
    };
  },
  done: async (result, request) => {
    if (result.ok) return redirect({ href: `/werk/overdrachten/${result.id}`, locale: request.locale });
    const t = await getTranslations({ locale: request.locale, namespace: "StaffHandoverErrors" });
    const values = { ...request.values(HANDOVER_TYPED), callMoments: request.form.getAll("callMoments").join(",") };
    if (result.reason === "invalid") {
      const { form, ...fields } = result.errors;
      if (form === "reconnect") return { status: "failed", message: t("reconnect"), values };
      return { status: "invalid", message: t("summary"), errors: worded({ ...fields, ...(form ? { form } : {}) }, (code) => t(code as "form")), values };
    }
    if (result.reason === "unavailable") return { status: "failed", message: t(`unavailableBecause.${result.because}`), values };
    return { status: "failed", message: t("form"), values };
  },
});

const ANSWER_TYPED = ["declineCode", "reason", "outcome", "outcomeText"];

export const answerAction = roleAction("answerContactRequest", {
  keep: ANSWER_TYPED,
  input: (request) => ({ id: request.text("id"), version: request.text("version"), ...request.values(["to", ...ANSWER_TYPED]) }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffInbox" });
    if (!result.ok) {
      const { form, ...fields } = result.errors;
      if (form) return { status: "failed", message: t("stale") };
      return { status: "invalid", message: t("answerSummary"), errors: worded(fields, (code) => t(`answerErrors.${code as "reason"}`)), values: request.values(ANSWER_TYPED) };
    }
    revalidatePath(`/${request.locale}/werk/inbox`, "layout");
    return { status: "done", message: t("saved") };
  },
});

export const assignSupporterAction = roleAction("assignSupporter", {
  input: (request) => request.values(["id", "version", "supporterId"]),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffInbox" });
    if (!result.ok) {
      if (result.errors.supporterId) return { status: "invalid", errors: { supporterId: t("answerErrors.supporter") } };
      return { status: "failed", message: t("stale") };
    }
    revalidatePath(`/${request.locale}/werk/inbox`, "layout");
    return { status: "done", message: t("assigned") };
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

/** A provider switches the mail on a new request on or off (components/staff/MailNoticesForm.tsx). */
export const setMailNoticesAction = roleAction("setMailNotices", {
  input: (request) => request.text("mailNotices") === "yes",
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffMailNotices" });
    revalidatePath(`/${request.locale}/werk/account`);
    return { status: "done", message: t(result.on ? "on" : "off") };
  },
});

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

/**
 * "Neem over": a team colleague's handover is followed up by this staff member from now on
 * (lib/contact-requests/take-over.ts). Afterwards back to the list with the same filters,
 * which says which request was taken over (its number: nothing personal).
 */
export const takeOverAction = roleAction("takeOverHandover", {
  input: (request) => ({ id: request.text("id"), version: request.text("version") }),
  done: async (result, request) => {
    const t = await getTranslations({ locale: request.locale, namespace: "StaffHandovers" });
    if (!result.ok) return { status: "failed", message: t(`takeOver.${result.reason}`) };
    revalidatePath(`/${request.locale}/werk/overdrachten`, "layout");
    const { filters } = parseHandoverFilters(Object.fromEntries(new URLSearchParams(request.text("lijst"))));
    const list = handoversHref(filters, filters.pagina);
    return redirect({ href: `${list}${list.includes("?") ? "&" : "?"}overgenomen=${requestNumber(request.text("id"))}`, locale: request.locale });
  },
});
