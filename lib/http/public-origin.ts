/**
 * The address visitors reach the portal at (`https://hulp.gemeente.nl`), for links that
 * leave the screen: on paper, in a QR code, in a summary to keep, as the OIDC redirect.
 * A reverse proxy says so in X-Forwarded-Proto and X-Forwarded-Host (first value);
 * otherwise the Host the browser sent. A value that is no plain host name (with an
 * optional port) is not printed: the fallback is used instead.
 */
type HeaderSource = { get(name: string): string | null };

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const first = (value: string | null): string | undefined => value?.split(",")[0]?.trim() || undefined;

export function publicOrigin(headers: HeaderSource, fallback: { protocol: string; host: string } = { protocol: "http", host: "localhost" }): string {
  const proto = first(headers.get("x-forwarded-proto"))?.toLowerCase();
  const protocol = proto === "https" || proto === "http" ? proto : fallback.protocol.replace(/:$/, "");
  const host = [first(headers.get("x-forwarded-host")), first(headers.get("host"))].find((candidate) => candidate && HOST.test(candidate));
  return `${protocol}://${(host ?? fallback.host).toLowerCase()}`;
}
