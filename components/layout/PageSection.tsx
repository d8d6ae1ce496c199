import type { ReactNode } from "react";

type Props = { id: string; title: ReactNode; intro?: ReactNode; className?: string; children?: ReactNode };

/**
 * A titled part of a page: a landmark named by its own heading, so a screen reader's
 * list of regions reads like the page's table of contents.
 */
export function PageSection({ id, title, intro, className = "mt-10", children }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`} className="text-h2">
        {title}
      </h2>
      {intro ? <p className="mt-2 max-w-prose">{intro}</p> : null}
      {children}
    </section>
  );
}
