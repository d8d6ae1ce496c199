import type { ReactNode } from "react";
import { Main } from "@/components/layout/Main";

export default function Layout({ children }: { children: ReactNode }) {
  return <Main>{children}</Main>;
}
