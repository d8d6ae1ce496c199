"use server";

import { clientAddressFrom } from "@/lib/http/client-address";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { createResidentContactRequest, retentionDays, type ResidentContactField } from "@/lib/contact/resident";
import { getPrisma } from "@/lib/db/client";
import { notifyByMail } from "@/lib/mail/contact-request";

export type ContactFormState = {
  status: "idle" | "sent" | "invalid" | "rate-limited" | "unknown-service";
  fields?: Partial<Record<ResidentContactField, string>>;
  values?: { name: string; phone: string; email: string; message: string };
};

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

/** The contact-request form's server action; it works with and without JavaScript. */
export async function sendContactRequest(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const requested = text(form, "locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "ContactForm" });
  const input = {
    serviceId: text(form, "serviceId"),
    supporterId: text(form, "supporterId"),
    name: text(form, "name"),
    phone: text(form, "phone"),
    email: text(form, "email"),
    message: text(form, "message"),
    consent: text(form, "consent"),
    idempotencyKey: text(form, "idempotencyKey"),
  };
  const values = { name: input.name, phone: input.phone, email: input.email, message: input.message };
  // The text stored is the text the form showed, in the language it was shown in.
  const consentText = t("consentText", { days: retentionDays() });
  const prisma = await getPrisma();
  const result = await createResidentContactRequest(prisma, input, { ip: await clientAddress(), locale, consentText });
  if (!result.ok) return result.reason === "invalid" ? { status: "invalid", fields: result.fields, values } : { status: result.reason, values };
  if (!result.duplicate) await notifyByMail(prisma, result.id);
  return { status: "sent" };
}
