import type { ReactNode } from "react";
import { Main } from "@/components/layout/Main";
import { currentActor } from "@/lib/auth/request";
import { StaffNav } from "./StaffNav";

/** The frame of the staff and admin areas: the navigation for signed-in users before `main` (its own landmark), then the page. Each page checks its own role. */
export async function StaffArea({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  return (
    <>
      {actor ? <StaffNav actor={actor} /> : null}
      <Main>
        <div className="mx-auto w-full max-w-page px-4 py-8">{children}</div>
      </Main>
    </>
  );
}
