import type { ReactNode } from "react";

type Props = { title: string; description: string; children?: ReactNode };

/** The calm body of a not-found or error page: what happened and what to do next. */
export function StatusMessage({ title, description, children }: Props) {
  return (
    <div className="mx-auto w-full max-w-page px-4 py-10">
      <h1 className="text-h2 sm:text-h1">{title}</h1>
      <p className="mt-4 max-w-prose">{description}</p>
      {children ? <div className="mt-6 flex flex-wrap items-center gap-6">{children}</div> : null}
    </div>
  );
}
