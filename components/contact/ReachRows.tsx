import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { telHref } from "@/lib/catalogue/format";
import type { ContactDetails } from "@/lib/catalogue/shapes/contact-details";

/** The phone numbers and e-mail address of a service, as rows of a description list (contact page, vraagwijzer summary). */
type Props = {
  details: Pick<ContactDetails, "phones" | "email">;
  numberClassName?: string;
  /** The phone lines' own notes (hours, textphone); a short summary leaves them out. */
  withDescriptions?: boolean;
};

export function ReachRows({ details, numberClassName = "text-lg font-bold", withDescriptions = true }: Props) {
  const t = useTranslations("ContactPage");
  return (
    <>
      {details.phones.map((phone) => (
        <div key={phone.number}>
          <dt className="font-bold">{t("phone")}</dt>
          <dd>
            <a href={telHref(phone.number)} className={numberClassName}>
              {phone.number}
            </a>
            {withDescriptions && phone.description ? <CatalogueText as="p" value={phone.description} /> : null}
          </dd>
        </div>
      ))}
      {details.email ? (
        <div>
          <dt className="font-bold">{t("email")}</dt>
          <dd>
            <a href={`mailto:${details.email}`}>{details.email}</a>
          </dd>
        </div>
      ) : null}
    </>
  );
}
