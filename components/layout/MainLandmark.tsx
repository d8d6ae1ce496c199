import type { ReactNode } from "react";

/** The `main` landmark the skip link leads to; without the catalogue notice, so error pages (client components) can use it too. */
export function MainLandmark({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="flex-1">
      {children}
    </main>
  );
}
