/** SMTP_URL read once, without network modules, so lib/env.ts can check it at start. */
export const STARTTLS_MODES = ["auto", "required", "off"] as const;
export type StartTlsMode = (typeof STARTTLS_MODES)[number];

/** How the URL asks to connect; an unknown scheme or `starttls` value throws (lib/env.ts checks it at start). */
export function smtpTarget(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  if (!secure && url.protocol !== "smtp:") throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}`);
  const starttls = (url.searchParams.get("starttls") ?? "auto") as StartTlsMode;
  if (!STARTTLS_MODES.includes(starttls)) throw new Error(`SMTP_URL's starttls must be one of ${STARTTLS_MODES.join(", ")}`);
  if (secure && starttls === "required") throw new Error("SMTP_URL: smtps:// is TLS from the start; starttls=required belongs to smtp://");
  return {
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 25)),
    secure,
    starttls,
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}
