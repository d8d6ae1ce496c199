import net from "node:net";
import tls from "node:tls";

/**
 * A minimal SMTP client (RFC 5321) for the portal's few notification mails, so no mail
 * package is needed. SMTP_URL: smtp://[user:password@]host[:25] (plain, for a relay in
 * the municipality's own network) or smtps://…:465 (TLS from the start). STARTTLS is not
 * supported: use smtps:// or a local relay.
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

export async function sendMail(smtpUrl: string, mail: Mail, timeoutMs = 15_000): Promise<void> {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  if (!secure && url.protocol !== "smtp:") throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}`);
  const port = Number(url.port || (secure ? 465 : 25));
  const socket = secure ? tls.connect({ host: url.hostname, port, servername: url.hostname }) : net.connect({ host: url.hostname, port });
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error("SMTP server did not answer in time")));
  socket.setEncoding("utf8");

  let buffer = "";
  const waiting: Array<{ resolve: (reply: string) => void; reject: (error: Error) => void }> = [];
  let failure: Error | undefined;
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    // A reply ends with a line "ddd text" (a space, not a dash, after the code).
    const match = /(?:^|\r\n)(\d{3}) [^\r\n]*\r\n$/.exec(buffer);
    if (match) {
      const reply = buffer;
      buffer = "";
      waiting.shift()?.resolve(reply);
    }
  });
  socket.on("error", (error) => {
    failure = error;
    for (const waiter of waiting.splice(0)) waiter.reject(error);
  });

  const reply = (expected: number) =>
    new Promise<string>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ resolve, reject });
    }).then((text) => {
      const code = Number(/(?:^|\r\n)(\d{3}) [^\r\n]*\r\n$/.exec(text)?.[1]);
      if (code !== expected) throw new Error(`SMTP server answered ${text.trim()} (expected ${expected})`);
      return text;
    });
  const command = (line: string, expected: number) => {
    const answer = reply(expected);
    socket.write(`${line}\r\n`);
    return answer;
  };

  try {
    await reply(220);
    await command(`EHLO ${process.env.HOSTNAME || "localhost"}`, 250);
    if (url.username) {
      const credentials = Buffer.from(`\0${decodeURIComponent(url.username)}\0${decodeURIComponent(url.password)}`).toString("base64");
      await command(`AUTH PLAIN ${credentials}`, 235);
    }
    const address = (value: string) => value.replace(/^.*<([^>]+)>.*$/, "$1");
    await command(`MAIL FROM:<${address(mail.from)}>`, 250);
    await command(`RCPT TO:<${address(mail.to)}>`, 250);
    await command("DATA", 354);
    await command(`${formatMessage(mail)}\r\n.`, 250);
    await command("QUIT", 221).catch(() => undefined);
  } finally {
    socket.end();
    socket.destroy();
  }
}
