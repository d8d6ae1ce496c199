import type { ReactNode } from "react";

/** A term and its value inside a <dl>; `note` is a small remark on the term (e.g. "the same for all"). */
export function Fact({ term, note, children }: { term: string; note?: string; children: ReactNode }) {
  return (
    // Props only when they say something: twenty cards of facts are sent twice (HTML and RSC payload).
    <div {...(note ? { className: "text-ink-secondary" } : {})}>
      {note ? (
        <dt>
          {term}
          <span className="block text-sm font-normal">{note}</span>
        </dt>
      ) : (
        <dt>{term}</dt>
      )}
      <dd>{children}</dd>
    </div>
  );
}
