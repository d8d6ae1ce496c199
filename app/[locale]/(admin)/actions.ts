"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formLocale } from "@/lib/auth/form-locale";
import { protectedActions } from "@/lib/auth/actions";
import { isRefused } from "@/lib/auth/guard";
import { perform } from "@/lib/auth/request";

/** Server actions of the admin area; each performs an entry of protectedActions (lib/auth/actions.ts). */
export type AdminFormState = { errors?: Record<string, string>; message?: string; done?: boolean };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function saveInternalAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations({ locale: formLocale(formData), namespace: "AdminInternal" });
  const result = await perform(protectedActions.saveServiceInternal, {
    serviceId: text(formData, "serviceId"),
    notes: text(formData, "notes") ?? "",
    directPhone: text(formData, "directPhone") ?? "",
    directEmail: text(formData, "directEmail") ?? "",
    version: text(formData, "version"),
  });
  if (isRefused(result)) return { message: t("refused") };
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, t(`errors.${key as "form"}`)]));
    return { errors, message: result.errors.form ? t(`errors.${result.errors.form as "form"}`) : t("errors.summary") };
  }
  revalidatePath(`/${formLocale(formData)}/beheer/diensten/${text(formData, "serviceId")}`);
  return { done: true, message: t("saved") };
}

export async function markHandledAction(formData: FormData): Promise<void> {
  await perform(protectedActions.markErrorReportHandled, text(formData, "id") ?? "");
  revalidatePath(`/${formLocale(formData)}/beheer/meldingen`);
}

export async function createUserAction(_state: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations({ locale: formLocale(formData), namespace: "AdminAccounts" });
  const organizationId = text(formData, "organizationId");
  const result = await perform(protectedActions.createUser, {
    email: text(formData, "email") ?? "",
    name: text(formData, "name") ?? "",
    role: text(formData, "role") ?? "",
    organizationId: organizationId ? organizationId : undefined,
    password: text(formData, "password") ?? "",
  });
  if (isRefused(result)) return { message: t("refused") };
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, t(`errors.${key as "email"}`)]));
    return { errors, message: t("errors.summary") };
  }
  revalidatePath(`/${formLocale(formData)}/beheer/accounts`);
  return { done: true, message: t("created", { email: result.email }) };
}

export async function setDisabledAction(formData: FormData): Promise<void> {
  await perform(protectedActions.setUserDisabled, { userId: text(formData, "userId") ?? "", disabled: text(formData, "disabled") === "true" });
  revalidatePath(`/${formLocale(formData)}/beheer/accounts`);
}
