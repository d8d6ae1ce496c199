/**
 * The page title while a form shows errors: "Fout: <title>", so a screen reader user who
 * hears the title knows at once that the page came back with something to correct.
 * Adding it twice is harmless: the prefix is only added once.
 */
export function errorTitle(prefix: string, title: string): string {
  return title.startsWith(`${prefix} `) ? title : `${prefix} ${title}`;
}
