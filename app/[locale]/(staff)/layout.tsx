import type { ReactNode } from "react";
import { StaffArea } from "@/components/staff/StaffArea";

export default function Layout({ children }: { children: ReactNode }) {
  return <StaffArea>{children}</StaffArea>;
}
