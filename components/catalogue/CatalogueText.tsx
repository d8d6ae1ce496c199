import { useLocale } from "next-intl";
import type { LocalisedText } from "@/lib/catalogue/localise";

type Props = { value: LocalisedText; as?: "span" | "p" | "h3" | "li"; className?: string };

/**
 * Text from the catalogue, always rendered as text (never as HTML). When it fell back
 * to another language than the page's, it is marked with that language so a screen
 * reader switches voice. Otherwise a `span` without a class is left out.
 */
export function CatalogueText({ value, as: Tag = "span", className }: Props) {
  const locale = useLocale();
  // Plain text when no element is needed: lighter in the HTML and in the RSC payload.
  if (Tag === "span" && !className && value.lang === locale) return value.text;
  return (
    <Tag lang={value.lang === locale ? undefined : value.lang} className={className}>
      {value.text}
    </Tag>
  );
}
