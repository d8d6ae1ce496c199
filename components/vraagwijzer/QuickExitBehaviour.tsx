"use client";

import { useEffect } from "react";
import { HYDRATED_EVENT, installQuickExit } from "@/lib/vraagwijzer/quick-exit";

/**
 * Installs the quick exit when the vraagwijzer is reached by a client-side navigation,
 * where the inline script of QuickExit does not run (installing twice does nothing), and
 * says React has hydrated, so a submit held until now may go.
 */
export function QuickExitBehaviour({ url, locale }: { url: string; locale: string }) {
  useEffect(() => {
    installQuickExit(url, locale, HYDRATED_EVENT);
    document.dispatchEvent(new Event(HYDRATED_EVENT));
  }, [url, locale]);
  return null;
}
