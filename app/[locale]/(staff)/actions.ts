"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formLocale } from "@/lib/auth/form-locale";
import { redirect } from "@/i18n/navigation";
import { getPrisma } from "@/lib/db/client";
import { protectedActions } from "@/lib/auth/actions";
import { isRefused } from "@/lib/auth/guard";
import { clearSessionCookie, clientAddress, currentActor, perform, setSessionCookie } from "@/lib/auth/request";
import { endSession } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";

/**
 * The server actions of the staff area. Every one except signing in and out performs an
 * entry of protectedActions (lib/auth/actions.ts), so the role check is never repeated here.
 */
export type FormState = { errors?: Record<string, string>; message?: string; done?: boolean; values?: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const t = await getTranslations({ locale, namespace: "StaffSignIn" });
  const email = text(formData, "email")?.trim() ?? "";
  const password = text(formData, "password") ?? "";
  const errors: Record<string, string> = {};
  if (!email) errors.email = t("emailMissing");
  if (!password) errors.password = t("passwordMissing");
  if (Object.keys(errors).length > 0) return { errors, values: { email } };
  const result = await signIn(await getPrisma(), {
    email,
    password,
    ip: await clientAddress(),
    userAgent: (await headers()).get("user-agent"),
  });
  if (!result.ok) return { message: t(result.reason === "limited" ? "limited" : "invalid"), values: { email } };
  await setSessionCookie(result.token, result.expiresAt);
  return redirect({ href: result.role === "provider" ? "/werk/inbox" : result.role === "editor" ? "/beheer" : "/werk", locale });
}

export async function signOutAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  if (actor) await endSession(await getPrisma(), actor.sessionId);
  await clearSessionCookie();
  redirect({ href: { pathname: "/inloggen", query: { uitgelogd: "1" } }, locale: formLocale(formData) });
}

export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  const result = await perform(protectedActions.signOutEverywhere, undefined);
  await clearSessionCookie();
  redirect({ href: { pathname: "/inloggen", query: isRefused(result) ? {} : { uitgelogd: "overal" } }, locale: formLocale(formData) });
}

export async function createHandoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const [t, tErrors] = await Promise.all([getTranslations({ locale, namespace: "StaffHandover" }), getTranslations({ locale, namespace: "StaffHandoverErrors" })]);
  const values = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$") && key !== "locale"));
  const result = await perform(protectedActions.createHandover, {
    values,
    locale,
    consentText: (service: string) => t("consentText", { service }),
  });
  if (isRefused(result)) return { message: tErrors("refused") };
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, tErrors(key as "form")]));
    const message = result.unavailable ? tErrors(`unavailableBecause.${result.unavailable}`) : tErrors("summary");
    // Sent back so the form keeps what was typed (React resets a form after its action).
    return { errors, message, values: Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string")) };
  }
  return redirect({ href: `/werk/overdrachten/${result.id}`, locale });
}

export async function answerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const tErrors = await getTranslations({ locale: formLocale(formData), namespace: "StaffInbox" });
  const result = await perform(protectedActions.answerContactRequest, {
    id: text(formData, "id"),
    version: text(formData, "version"),
    to: text(formData, "to"),
    reason: text(formData, "reason"),
  });
  if (isRefused(result)) return { message: tErrors("refused") };
  if (!result.ok) {
    return result.errors.reason ? { errors: { reason: tErrors("reasonMissing") }, message: tErrors("reasonMissing") } : { message: tErrors("stale") };
  }
  revalidatePath(`/${formLocale(formData)}/werk/inbox`);
  return { done: true, message: tErrors("saved") };
}
