"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
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
export type FormState = { errors?: Record<string, string>; message?: string; done?: boolean };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [t, locale] = await Promise.all([getTranslations("StaffSignIn"), getLocale()]);
  const email = text(formData, "email")?.trim() ?? "";
  const password = text(formData, "password") ?? "";
  const errors: Record<string, string> = {};
  if (!email) errors.email = t("emailMissing");
  if (!password) errors.password = t("passwordMissing");
  if (Object.keys(errors).length > 0) return { errors };
  const result = await signIn(await getPrisma(), {
    email,
    password,
    ip: await clientAddress(),
    userAgent: (await headers()).get("user-agent"),
  });
  if (!result.ok) return { message: t(result.reason === "limited" ? "limited" : "invalid") };
  await setSessionCookie(result.token, result.expiresAt);
  return redirect({ href: result.role === "provider" ? "/werk/inbox" : result.role === "editor" ? "/beheer" : "/werk", locale });
}

export async function signOutAction(): Promise<void> {
  const actor = await currentActor();
  if (actor) await endSession(await getPrisma(), actor.sessionId);
  await clearSessionCookie();
  redirect({ href: { pathname: "/inloggen", query: { uitgelogd: "1" } }, locale: await getLocale() });
}

export async function signOutEverywhereAction(): Promise<void> {
  const result = await perform(protectedActions.signOutEverywhere, undefined);
  await clearSessionCookie();
  redirect({ href: { pathname: "/inloggen", query: isRefused(result) ? {} : { uitgelogd: "overal" } }, locale: await getLocale() });
}

export async function createHandoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [t, tErrors, locale] = await Promise.all([getTranslations("StaffHandover"), getTranslations("StaffHandoverErrors"), getLocale()]);
  const values = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$")));
  const result = await perform(protectedActions.createHandover, {
    values,
    locale,
    consentText: (service: string) => t("consentText", { service }),
  });
  if (isRefused(result)) return { message: tErrors("refused") };
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, tErrors(key as "form")]));
    const message = result.unavailable ? tErrors(`unavailableBecause.${result.unavailable}`) : tErrors("summary");
    return { errors, message };
  }
  return redirect({ href: `/werk/overdrachten/${result.id}`, locale });
}

export async function answerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const tErrors = await getTranslations("StaffInbox");
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
  revalidatePath(`/${await getLocale()}/werk/inbox`);
  return { done: true, message: tErrors("saved") };
}
