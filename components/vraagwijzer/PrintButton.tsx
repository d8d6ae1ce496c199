"use client";

import { useSyncExternalStore } from "react";
import { button } from "@/components/forms/styles";

const subscribe = () => () => {};

/** Printing needs JavaScript; without it the button is left out and the browser's own print works. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className={`${button.secondary} print:hidden`}>
      {label}
    </button>
  );
}
