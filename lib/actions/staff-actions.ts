"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { clearSessionCookie, currentActor, setSessionCookie } from "@/lib/auth/request";
import { endSession } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { getPrisma } from "@/lib/db/client";
import { publicAction, roleAction } from "./builders";
import { worded } from "./form-state";

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
  return redirect({ href: result.role === "provider" ? "/werk/inbox" : result.role === "editor" ? "/beheer" : "/werk", locale: request.locale });
});

export const signOutAction = publicAction("signOut", [], async (request) => {
  const actor = await currentActor();
  if (actor) await endSession(await getPrisma(), actor.sessionId);
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
