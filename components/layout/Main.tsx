import type { ReactNode } from "react";
import { CatalogueAgeNotice } from "@/components/catalogue/CatalogueAgeNotice";
import { MainLandmark } from "./MainLandmark";

/**
 * A page's main content, after the notice every page shows while the database is
 * unreachable. The route groups' layouts place it (so the staff menu can sit before it,
 * outside `main`); the skip link leads here.
 */
export function Main({ children }: { children: ReactNode }) {
  return (
    <MainLandmark>
      <CatalogueAgeNotice />
      {children}
    </MainLandmark>
  );
}
