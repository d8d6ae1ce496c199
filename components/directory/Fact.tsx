import type { ReactNode } from "react";

/** A term and its value inside a <dl>; `note` is a small remark on the term (e.g. "the same for all"). */
export function Fact({ term, note, children }: { term: string; note?: string; children: ReactNode }) {
  return (
    <div className={note ? "text-ink-secondary" : undefined}>
      <dt className="font-bold">
        {term}
        {note ? <span className="block text-sm font-normal">{note}</span> : null}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
