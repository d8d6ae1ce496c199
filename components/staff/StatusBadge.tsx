import { getTranslations } from "next-intl/server";
import type { ContactStatus } from "@/lib/generated/prisma/enums";

/** One shape per status, so a status never rests on colour alone (WCAG 1.4.1). */
const SHAPES: Record<ContactStatus, React.ReactNode> = {
  // an empty circle: nothing has happened yet
  new: <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />,
  // a half-filled circle: seen, not answered
  opened: (
    <>
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
    </>
  ),
  // a tick
  accepted: <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />,
  // a cross
  declined: <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />,
  // two ticks: answered and spoken to
  contacted: <path d="M1.5 8.5l3 3L10 5M6.5 11.5L14 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  // a filled square: done
  closed: <rect x="3" y="3" width="10" height="10" fill="currentColor" />,
};

/** A request's status in words with its shape; `overdue` adds the overdue mark (a triangle with "!"). */
export async function StatusBadge({ status, overdue = false }: { status: ContactStatus; overdue?: boolean }) {
  const t = await getTranslations("StaffStatus");
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="inline-flex items-center gap-1 font-bold">
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" className="shrink-0">
          {SHAPES[status]}
        </svg>
        {t(status)}
      </span>
      {overdue ? (
        <span className="inline-flex items-center gap-1 rounded border-2 border-current px-1 font-bold text-notice">
          <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" className="shrink-0">
            <path d="M8 1.5L15 14.5H1z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
            <path d="M8 6v4M8 12v.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {t("overdue")}
        </span>
      ) : null}
    </span>
  );
}
