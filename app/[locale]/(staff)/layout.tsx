import type { ReactNode } from "react";
import { StaffNav } from "@/components/staff/StaffNav";
import { currentActor } from "@/lib/auth/request";

/** The staff area: the navigation for signed-in users above each page. Each page checks its own role. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  return (
    <>
      {actor ? <StaffNav actor={actor} /> : null}
      <div className="mx-auto w-full max-w-page px-4 py-8">{children}</div>
    </>
  );
}
