import type { ReactNode } from "react";

/** What a staff page shows for an id that is unknown or not for this user: the same words either way. */
export function MissingRecord({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{title}</h1>
      <p className="mt-4">{text}</p>
      {children}
    </>
  );
}
