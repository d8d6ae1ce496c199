import { useTranslations } from "next-intl";
import { telHref } from "@/lib/catalogue/format";

/**
 * "Bel 030 799 14 20" as a `tel:` link: the one way a phone number of a service or of the
 * municipality's team is offered as something to do (service page, leaflet, the access
 * team's block, the confirmation after a contact request).
 */
export function CallLink({ number, className }: { number: string; className?: string }) {
  const t = useTranslations("CallLink");
  return (
    <a href={telHref(number)} className={className}>
      {t("call", { number })}
    </a>
  );
}
