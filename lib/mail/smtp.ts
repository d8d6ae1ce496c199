import net from "node:net";
import tls from "node:tls";
import { smtpTarget } from "./smtp-url";

/**
 * A minimal SMTP client (RFC 5321) for the portal's few notification mails, so no mail
 * package is needed. SMTP_URL:
 * - smtps://[user:password@]host[:465]: TLS from the start;
 * - smtp://[user:password@]host[:25]: plain, upgraded with STARTTLS (RFC 3207) when the
 *   server offers it; `?starttls=required` refuses to send without it (use this for a
 *   submission port such as 587), `?starttls=off` never upgrades (a relay in the
 *   municipality's own network without a trusted certificate).
 * Certificates are checked against the system's trusted authorities.
 */
export type Mail = { from: string; to: string; subject: string; text: string };

function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, "utf8").toString("base64")}?=`;
}

/** CRLF line ends, and a leading dot doubled so a line with only "." cannot end the message. */
function body(text: string): string {
  return text
    .replace(/\r?\n/g, "\r\n")
    .split("\r\n")
    .map((line) => (line.startsWith(".") ? `.${line}` : line))
    .join("\r\n");
}

export function formatMessage(mail: Mail, now = new Date()): string {
  return [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${now.toUTCString()}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    body(mail.text),
  ].join("\r\n");
}

// A reply ends with a line "ddd text" (a space, not a dash, after the code).
const LAST_LINE = /(?:^|\r\n)(\d{3}) [^\r\n]*\r\n$/;

/** One socket's replies, in order; after STARTTLS the conversation goes on over a new one. */
class Conversation {
  private buffer = "";
  private waiting: Array<{ resolve: (reply: string) => void; reject: (error: Error) => void }> = [];
  private failure: Error | undefined;

  constructor(
    readonly socket: net.Socket,
    timeoutMs: number,
  ) {
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error("SMTP server did not answer in time")));
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      this.buffer += chunk;
      if (LAST_LINE.test(this.buffer)) {
        const reply = this.buffer;
        this.buffer = "";
        this.waiting.shift()?.resolve(reply);
      }
    });
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Error("SMTP server closed the connection")));
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
  }

  reply(expected: number): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.push({ resolve, reject });
    }).then((text) => {
      const code = Number(LAST_LINE.exec(text)?.[1]);
      if (code !== expected) throw new Error(`SMTP server answered ${text.trim()} (expected ${expected})`);
      return text;
    });
  }

  command(line: string, expected: number): Promise<string> {
    const answer = this.reply(expected);
    this.socket.write(`${line}\r\n`);
    return answer;
  }

  /** Hands the socket to TLS (STARTTLS): this conversation stops listening to it. */
  release(): net.Socket {
    this.socket.setTimeout(0);
    this.socket.removeAllListeners("data");
    this.socket.removeAllListeners("close");
    return this.socket;
  }

  close() {
    this.socket.end();
    this.socket.destroy();
  }
}

/** The extensions an EHLO reply lists ("250-STARTTLS", "250 AUTH PLAIN"), upper case. */
function extensions(ehlo: string): string[] {
  return ehlo.split("\r\n").map((line) => line.slice(4).trim().toUpperCase());
}

/**
 * Sends one mail. `timeoutMs` bounds every wait for the server, so a slow or absent
 * server ends in an error, never a hang. `tlsOptions` (tests: a self-signed CA) is
 * added to the TLS connection.
 */
export async function sendMail(smtpUrl: string, mail: Mail, timeoutMs = 15_000, tlsOptions: tls.ConnectionOptions = {}): Promise<void> {
  const target = smtpTarget(smtpUrl);
  const secureOptions = { servername: net.isIP(target.host) ? undefined : target.host, ...tlsOptions };
  let talk = new Conversation(
    target.secure ? tls.connect({ host: target.host, port: target.port, ...secureOptions }) : net.connect({ host: target.host, port: target.port }),
    timeoutMs,
  );
  const hello = `EHLO ${process.env.HOSTNAME || "localhost"}`;
  try {
    await talk.reply(220);
    let offered = extensions(await talk.command(hello, 250));
    if (!target.secure && target.starttls !== "off") {
      if (offered.includes("STARTTLS")) {
        await talk.command("STARTTLS", 220);
        const upgraded = tls.connect({ socket: talk.release(), host: target.host, ...secureOptions });
        await new Promise<void>((resolve, reject) => {
          upgraded.once("secureConnect", resolve);
          upgraded.once("error", reject);
        });
        talk = new Conversation(upgraded, timeoutMs);
        offered = extensions(await talk.command(hello, 250));
      } else if (target.starttls === "required") {
        throw new Error("SMTP server does not offer STARTTLS, and SMTP_URL requires it (starttls=required)");
      }
    }
    if (target.username) {
      if (!offered.some((line) => line.startsWith("AUTH"))) throw new Error("SMTP server offers no AUTH, but SMTP_URL has a user name");
      const credentials = Buffer.from(`\0${target.username}\0${target.password}`).toString("base64");
      await talk.command(`AUTH PLAIN ${credentials}`, 235);
    }
    const address = (value: string) => value.replace(/^.*<([^>]+)>.*$/, "$1");
    await talk.command(`MAIL FROM:<${address(mail.from)}>`, 250);
    await talk.command(`RCPT TO:<${address(mail.to)}>`, 250);
    await talk.command("DATA", 354);
    await talk.command(`${formatMessage(mail)}\r\n.`, 250);
    await talk.command("QUIT", 221).catch(() => undefined);
  } finally {
    talk.close();
  }
}
