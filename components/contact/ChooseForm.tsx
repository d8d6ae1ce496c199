import type { ReactNode } from "react";
import { useLocale } from "next-intl";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { ButtonVariant } from "@/components/forms/styles";

type Props = {
  serviceId: string;
  /** The person chosen, if any: the contact page then says "U koos …" and the request names them. */
  supporterId?: string;
  /** More of the address to carry along (the vraagwijzer's answers), without the leading "?". */
  query?: string;
  variant?: ButtonVariant;
  children: ReactNode;
};

/**
 * "Choose this service" or "choose this person": one post to the kies route, which counts
 * the choice once (only for vraagwijzer answers) and sends the resident on to the
 * service's contact page. A form, so it works without JavaScript and a link preview or
 * reload never counts.
 */
export function ChooseForm({ serviceId, supporterId, query = "", variant, children }: Props) {
  const locale = useLocale();
  const params = new URLSearchParams(query);
  if (supporterId) params.set("ondersteuner", supporterId);
  const search = params.toString();
  return (
    <form method="post" action={`/${locale}/contact/${serviceId}/kies${search ? `?${search}` : ""}`}>
      <SubmitButton variant={variant}>{children}</SubmitButton>
    </form>
  );
}
