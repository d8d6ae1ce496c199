"use client";

import { Link, usePathname } from "@/i18n/navigation";
import { currentHref, type NavLink } from "./current-link";

/**
 * The staff menu's links. The current page is marked for screen readers (aria-current)
 * and on screen with a thick line under it, not by colour alone. A client leaf only to
 * read the address: the layout around it is not rendered again on every page. The server
 * renders the same mark, so it is there without JavaScript.
 */
export function StaffNavLinks({ links }: { links: readonly NavLink[] }) {
  const current = currentHref(links, usePathname());
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={link.href === current ? "page" : undefined}
            className="inline-flex min-h-11 items-center border-b-4 border-transparent font-bold aria-[current=page]:border-current aria-[current=page]:no-underline"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
