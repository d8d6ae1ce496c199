import "server-only";
import { createTranslator } from "next-intl";
import { messagesByLocale } from "@/messages";
import { env, type Env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sendMail } from "./smtp";

/**
 * Tells the service (or its organization) by e-mail that a resident's request waits in
 * the portal's inbox. The mail carries no personal data: a mailbox cannot be erased after
 * the retention period, the portal can. Only when SMTP_URL is set; a failure is logged
 * and never bothers the resident, because the request is safely stored already.
 */
export async function notifyByMail(prisma: PrismaClient, requestId: string, smtp: Env["smtp"] | null = env().smtp): Promise<boolean> {
  if (!smtp) return false;
  try {
    const request = await prisma.contactRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { service: { select: { name: true, email: true, organization: { select: { email: true } } } } },
    });
    const to = request.service.email ?? request.service.organization.email;
    if (!to) return false;
    // Providers work in Dutch; the notice is sent in Dutch whatever language the resident used.
    const t = createTranslator({ locale: "nl", messages: messagesByLocale.nl, namespace: "ContactMail" });
    const name = (request.service.name as Record<string, string>).nl ?? "";
    await sendMail(smtp.url, {
      from: smtp.from,
      to,
      subject: t("subject", { service: name }),
      text: t("text", { service: name }),
    });
    return true;
  } catch (error) {
    console.error(`mail: could not send the notice for contact request ${requestId}`, error);
    return false;
  }
}
