import { Fragment } from "react";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import type { LocalisedText } from "@/lib/catalogue/localise";

/** Catalogue terms in a sentence, each marked with its own language when it fell back to Dutch. */
export function TermList({ items }: { items: readonly LocalisedText[] }) {
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
