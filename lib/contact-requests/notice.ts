import "server-only";
import { createTranslator } from "next-intl";
import { messagesByLocale } from "@/messages";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serviceSummary } from "@/lib/catalogue/service-summary";
import { localise } from "@/lib/catalogue/localise";
import { env, type Env } from "@/lib/env";
import { sendMail } from "@/lib/mail/smtp";
import { errorFields, log } from "@/lib/log";

/**
 * Tells the service (or its organization) by e-mail that a request waits in the portal's
 * inbox. The mail carries no personal data: a mailbox cannot be erased after the
 * retention period, the portal can. Only when SMTP is configured; a failure is logged and
 * never bothers the resident, because the request is safely stored already.
 */
export async function notifyByMail(prisma: PrismaClient, requestId: string, smtp: Env["smtp"] = env().smtp): Promise<boolean> {
  if (!smtp) return false;
  try {
    const request = await prisma.contactRequest.findUniqueOrThrow({ where: { id: requestId }, select: { serviceId: true } });
    const service = await serviceSummary(prisma, request.serviceId);
    if (!service?.email) return false;
    // Providers work in Dutch; the notice is sent in Dutch whatever language the resident used.
    const t = createTranslator({ locale: "nl", messages: messagesByLocale.nl, namespace: "ContactMail" });
    const name = localise(service.name, "nl")?.text ?? "";
    await sendMail(smtp.url, { from: smtp.from, to: service.email, subject: t("subject", { service: name }), text: t("text", { service: name }) });
    return true;
  } catch (error) {
    log().error({ event: "mail failed", contactRequestId: requestId, ...errorFields(error) }, "could not send the notice of a contact request");
    return false;
  }
}
