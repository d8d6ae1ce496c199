"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { button } from "@/components/forms/styles";

const WIDE = "(min-width: 64rem)"; // Tailwind's `lg`, where the filters stand beside the results

/**
 * The filters behind one button on a narrow screen: a native <details>, so it folds
 * without JavaScript too. The server cannot know the screen, so it sends it folded; on a
 * wide screen CSS shows the content anyway and hides the button, and this opens it
 * for real once the page runs.
 */
export function FilterFold({ summary, children }: { summary: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(WIDE).matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="print:hidden lg:details-content:[content-visibility:visible]">
      <summary className={`${button.secondary} cursor-pointer lg:hidden`}>
        {summary}
      </summary>
      <div className="mt-4 lg:mt-0">{children}</div>
    </details>
  );
}
