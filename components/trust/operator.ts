import { getTranslations } from "next-intl/server";

/** Who runs the portal (the municipality), as the trust pages name it: from the TrustOperator messages. */
export async function operatorDetails() {
  const operator = await getTranslations("TrustOperator");
  return { name: operator("name"), email: operator("email"), phone: operator("phone"), address: operator("address") };
}
