import { afterEach, describe, expect, it } from "vitest";
import { selfSignedCertificate } from "@/tests/helpers/self-signed";
import { smtpSink as sink } from "@/tests/helpers/smtp-sink";
import { formatMessage, sendMail } from "./smtp";
import { smtpTarget } from "./smtp-url";

const mail = { from: "Portal <noreply@example.nl>", to: "team@example.nl", subject: "Nieuwe aanvraag", text: "Kijk in het portaal." };
const certificate = selfSignedCertificate();
const trusted = { ca: certificate.cert };

describe("sendMail", () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it("delivers a message with authentication, UTF-8 subject and dot-stuffing", async () => {
    const server = await sink();
    close = server.close;
    await sendMail(`smtp://user%40x:p%40ss@127.0.0.1:${server.port}`, {
      from: "Portal <noreply@example.nl>",
      to: "team@example.nl",
      subject: "Nieuwe aanvraag voor Cliëntondersteuning",
      text: "Regel één\n.begint met een punt",
    });
    expect(server.commands).toEqual([
      expect.stringMatching(/^EHLO /),
      `AUTH PLAIN ${Buffer.from("\0user@x\0p@ss").toString("base64")}`,
      "MAIL FROM:<noreply@example.nl>",
      "RCPT TO:<team@example.nl>",
      "DATA",
      "QUIT",
    ]);
    expect(server.data()).toContain("Subject: =?UTF-8?B?");
    expect(server.data()).toContain("\n..begint met een punt\n");
    expect(server.data()).toContain("Regel één");
  });

  it("fails with the server's answer when a recipient is refused", async () => {
    const server = await sink({ rejectRecipient: true });
    close = server.close;
    await expect(sendMail(`smtp://127.0.0.1:${server.port}`, { from: "a@example.nl", to: "b@example.nl", subject: "x", text: "y" })).rejects.toThrow(/550/);
  });

  it("fails when no server listens", async () => {
    await expect(sendMail("smtp://127.0.0.1:1", { from: "a@x.nl", to: "b@x.nl", subject: "x", text: "y" }, 2000)).rejects.toThrow();
  });

  it("upgrades a plain connection with STARTTLS when offered, then authenticates over TLS", async () => {
    const server = await sink({ tls: "starttls", certificate });
    close = server.close;
    await sendMail(`smtp://user:secret@127.0.0.1:${server.port}`, mail, 5000, trusted);
    expect(server.commands).toEqual([expect.stringMatching(/^EHLO /), "STARTTLS", expect.stringMatching(/^EHLO /), expect.stringMatching(/^AUTH PLAIN /), "MAIL FROM:<noreply@example.nl>", "RCPT TO:<team@example.nl>", "DATA", "QUIT"]);
    // Only the first EHLO and STARTTLS were sent in the clear; the password went over TLS.
    expect(server.secure).toEqual([false, false, true, true, true, true, true, true]);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]).toContain("Kijk in het portaal.");
  });

  it("refuses a certificate it does not trust instead of sending in the clear", async () => {
    const server = await sink({ tls: "starttls", certificate });
    close = server.close;
    await expect(sendMail(`smtp://127.0.0.1:${server.port}`, mail, 5000)).rejects.toThrow(/self.signed|certificate/i);
    expect(server.messages).toHaveLength(0);
  });

  it("with starttls=required refuses a server that does not offer it; starttls=off sends plainly", async () => {
    const server = await sink({ certificate });
    close = server.close;
    await expect(sendMail(`smtp://127.0.0.1:${server.port}?starttls=required`, mail, 5000, trusted)).rejects.toThrow(/STARTTLS/);
    expect(server.messages).toHaveLength(0);
    await sendMail(`smtp://127.0.0.1:${server.port}?starttls=off`, mail, 5000, trusted);
    expect(server.messages).toHaveLength(1);
    expect(server.commands).not.toContain("STARTTLS");
  });

  it("with starttls=off does not upgrade even when offered", async () => {
    const server = await sink({ tls: "starttls", certificate });
    close = server.close;
    await sendMail(`smtp://127.0.0.1:${server.port}?starttls=off`, mail, 5000);
    expect(server.commands).not.toContain("STARTTLS");
    expect(server.messages).toHaveLength(1);
  });

  it("speaks TLS from the first byte with smtps://, with AUTH", async () => {
    const server = await sink({ tls: "implicit", certificate });
    close = server.close;
    await sendMail(`smtps://user:secret@127.0.0.1:${server.port}`, mail, 5000, trusted);
    expect(server.secure.every(Boolean)).toBe(true);
    expect(server.commands).toContain(`AUTH PLAIN ${Buffer.from("\0user\0secret").toString("base64")}`);
    expect(server.messages).toHaveLength(1);
  });

  it("gives up on a server that never answers, within the timeout", async () => {
    const server = await sink({ silent: true });
    close = server.close;
    const started = Date.now();
    await expect(sendMail(`smtp://127.0.0.1:${server.port}`, mail, 300)).rejects.toThrow(/in time/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses a user name when the server offers no AUTH, and unknown starttls values", async () => {
    const server = await sink({ auth: false });
    close = server.close;
    await expect(sendMail(`smtp://u:p@127.0.0.1:${server.port}`, mail, 5000)).rejects.toThrow(/AUTH/);
    expect(() => smtpTarget("smtp://relay:25?starttls=maybe")).toThrow(/starttls/);
    expect(() => smtpTarget("smtps://relay?starttls=required")).toThrow(/smtps/);
    expect(smtpTarget("smtp://relay:587?starttls=required")).toMatchObject({ port: 587, secure: false, starttls: "required" });
  });

  it("writes plain ASCII headers as they are", () => {
    expect(formatMessage({ from: "a@x.nl", to: "b@x.nl", subject: "Hello", text: "x" }, new Date(0))).toContain("Subject: Hello\r\n");
  });
});
