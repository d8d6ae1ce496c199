import { afterEach, describe, expect, it } from "vitest";
import { smtpSink as sink } from "@/tests/helpers/smtp-sink";
import { formatMessage, sendMail } from "./smtp";

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

  it("writes plain ASCII headers as they are", () => {
    expect(formatMessage({ from: "a@x.nl", to: "b@x.nl", subject: "Hello", text: "x" }, new Date(0))).toContain("Subject: Hello\r\n");
  });
});
