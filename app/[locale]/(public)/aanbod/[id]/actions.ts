"use server";

import { clientAddressFrom } from "@/lib/http/client-address";
import { headers } from "next/headers";
import { getPrisma } from "@/lib/db/client";
import { submitErrorReport, type ErrorReportState } from "@/lib/catalogue/error-report";

/** The "report an error" form's action; works with and without JavaScript. */
export async function reportError(_previous: ErrorReportState, form: FormData): Promise<ErrorReportState> {
  const requestHeaders = await headers();
  // next-intl's getLocale() cannot run in a server action here (next/root-params): the form says its language.
  const locale = form.get("locale") === "en" ? "en" : "nl";
  const client = clientAddressFrom(requestHeaders);
  try {
    return await submitErrorReport(await getPrisma(), Object.fromEntries(form), { client, locale });
  } catch (error) {
    console.error("error report: could not store", error);
    return { status: "failed", values: { message: String(form.get("message") ?? ""), email: String(form.get("email") ?? "") } };
  }
}
