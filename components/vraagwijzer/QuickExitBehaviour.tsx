"use client";

import { useEffect } from "react";
import { installQuickExit } from "@/lib/vraagwijzer/quick-exit";

/**
 * Installs the quick exit when the vraagwijzer is reached by a client-side navigation,
 * where the inline script of QuickExit does not run. Installing twice does nothing.
 */
export function QuickExitBehaviour({ url, locale }: { url: string; locale: string }) {
  useEffect(() => installQuickExit(url, locale), [url, locale]);
  return null;
}
