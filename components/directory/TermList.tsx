import { useLocale } from "next-intl";
import { Fragment } from "react";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import type { LocalisedText } from "@/lib/catalogue/localise";

/** Catalogue terms in a sentence, each marked with its own language when it fell back to Dutch. */
export function TermList({ items }: { items: readonly LocalisedText[] }) {
  const locale = useLocale();
  // All in the page's language: one string, which is lighter to send than an element per term.
  if (items.every((item) => item.lang === locale)) return items.map((item) => item.text).join(", ");
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={`${item.text}-${index}`}>
          {index > 0 ? ", " : null}
          <CatalogueText value={item} />
        </Fragment>
      ))}
    </>
  );
}
