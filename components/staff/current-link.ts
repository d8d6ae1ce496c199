export type NavLink = { href: string; label: string };

/** The link whose address is the longest start of the current one (so /werk/overdrachten/… marks "Overdrachten", not "Zoeken"). */
export function currentHref(links: readonly NavLink[], pathname: string): string | undefined {
  return links
    .map((link) => link.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}
