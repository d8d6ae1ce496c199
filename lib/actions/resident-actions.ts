"use server";

import { redirect, RedirectType } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findMunicipality } from "@/lib/catalogue/read";
import { createContactRequest } from "@/lib/contact-requests/create";
import { requestNumber } from "@/lib/contact-requests/request-number";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { submitErrorReport } from "@/lib/error-reports/submit";
import { countCrisis } from "@/lib/usage/count-suggestions";
import { answerText } from "@/lib/vraagwijzer/answer-words";
import { parseAnswers } from "@/lib/vraagwijzer/answers";
import { afterSignals } from "@/lib/vraagwijzer/steps";
import { publicAction } from "./builders";
import { formFields } from "./form-input";
import { worded } from "./form-state";
import type { RequestContext } from "./request-context";

/** The server actions of residents' forms: anonymous, each limited per address in its domain module. */

const CONTACT_TYPED = ["residentName", "residentPhone", "residentEmail", "question", "language", "interpreter", "safeToCall", "safeToMessage", "shareAnswers"];
const CONTACT_FIELDS = [...CONTACT_TYPED, "serviceId", "supporterId", "consent", "idempotencyKey"];

/** The vraagwijzer answers the form carries; in words only when the resident ticked to share them. */
async function sharedAnswers(request: RequestContext) {
  const answers = parseAnswers(formFields(request.form));
  if (request.text("shareAnswers") !== "yes" || !answers.municipality) return { answers, text: undefined };
  const municipality = await findMunicipality(answers.municipality, request.locale);
  return { answers, text: answerText(answers, request.locale, municipality?.name) };
}

/**
 * A resident asks a service to contact them (components/contact/ContactForm.tsx). Once
 * stored, the resident is sent to the confirmation page; its address holds the short
 * request number and the municipality only, nothing about the person.
 */
export const sendContactRequest = publicAction("sendContactRequest", CONTACT_TYPED, async (request) => {
  const t = await getTranslations({ locale: request.locale, namespace: "ContactForm" });
  const prisma = await getPrisma();
  const shared = await sharedAnswers(request);
  const input = { ...request.values(CONTACT_FIELDS), callMoments: request.form.getAll("callMoments"), sharedAnswers: shared.text };
  const result = await createContactRequest(prisma, { origin: "resident", client: request.client }, input, {
    locale: request.locale,
    // The text stored is the text the form showed, in the language it was shown in.
    consentText: () => t("consentText", { days: env().retentionDays }),
  });
  const values = { ...request.values(CONTACT_TYPED), callMoments: request.form.getAll("callMoments").join(",") };
  if (result.ok) {
    const query = new URLSearchParams({ nummer: requestNumber(result.id), ...(shared.answers.municipality ? { gemeente: shared.answers.municipality } : {}) });
    redirect(`/${request.locale}/contact/${request.text("serviceId").toLowerCase()}/verstuurd?${query.toString()}`);
  }
  if (result.reason === "invalid") {
    return { status: "invalid", message: t("errorSummary"), errors: worded(result.errors, (code) => t(`errors.${code as "form"}`)), values };
  }
  if (result.reason === "limited") return { status: "limited", message: t(result.scope === "service" ? "serviceLimited" : "rateLimited"), values };
  return { status: "failed", message: t("unknownService"), values };
});

const REPORT_TYPED = ["message", "email"];

/** A resident reports a mistake on a service's page (components/directory/ErrorReportForm.tsx). */
export const reportError = publicAction("reportError", REPORT_TYPED, async (request) => {
  const t = await getTranslations({ locale: request.locale, namespace: "ErrorReport" });
  const input = request.values([...REPORT_TYPED, "serviceId", "website"]);
  const result = await submitErrorReport(await getPrisma(), input, { client: request.client, locale: request.locale });
  if (result.ok) return { status: "done", message: t("sent") };
  const values = request.values(REPORT_TYPED);
  if (result.reason === "invalid") return { status: "invalid", message: t("invalid"), errors: worded(result.errors, (code) => t(code as "emailInvalid")), values };
  return { status: result.reason === "limited" ? "limited" : "failed", message: t(result.reason === "limited" ? "limited" : "failed"), values };
});

/**
 * The vraagwijzer's signals page (components/vraagwijzer/SignalsStepForm.tsx) posts here,
 * so "there is danger now" never appears in an address, the history or a Referer. With
 * danger the answer is the crisis numbers, shown in place of the question, and a link on
 * with the other answers; otherwise straight on to the page asked for. The step replaces
 * the history entry, like every step with JavaScript (components/vraagwijzer/QuickExit.tsx).
 */
export const chooseSignals = publicAction("chooseSignals", [], async (request) => {
  const fields = formFields(request.form);
  const { crisis, next } = afterSignals(fields);
  const target = `/${request.locale}/vraagwijzer${next}`;
  if (!crisis) redirect(target, RedirectType.replace);
  await countCrisis(parseAnswers(fields).municipality, request.client);
  return { status: "done", values: { next: target } };
});
