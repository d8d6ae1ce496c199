"use client";

import { useFormContext } from "@/components/forms/FormContext";

/** The recovery codes an action just made, shown once inside its form (they are never stored readable). */
export function RecoveryCodes({ title, text, children }: { title: string; text: string; children?: React.ReactNode }) {
  const { state } = useFormContext();
  const codes = state.values?.recoveryCodes?.split(" ").filter(Boolean) ?? [];
  if (codes.length === 0) return null;
  return (
    <section aria-labelledby="recovery-codes-title" className="rounded-portal border-2 border-primary p-4">
      <h2 id="recovery-codes-title" className="text-h3">
        {title}
      </h2>
      <p className="mt-2 max-w-prose">{text}</p>
      <ul className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
