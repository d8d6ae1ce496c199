import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { formatMessage, sendMail } from "./smtp";

/** A local SMTP sink: records the commands and the message, answers like a real server. */
function sink(options: { rejectRecipient?: boolean } = {}) {
  const commands: string[] = [];
  let data = "";
  const server = net.createServer((socket) => {
    let inData = false;
    let buffer = "";
    socket.write("220 sink ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            socket.write("250 queued\r\n");
          } else data += `${line}\n`;
          continue;
        }
        commands.push(line);
        if (line.startsWith("EHLO")) socket.write("250-sink\r\n250 AUTH PLAIN\r\n");
        else if (line.startsWith("AUTH")) socket.write("235 ok\r\n");
        else if (line.startsWith("RCPT") && options.rejectRecipient) socket.write("550 no such user\r\n");
        else if (line === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (line === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise<{ port: number; commands: string[]; data: () => string; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({ port, commands, data: () => data, close: () => server.close() });
    }),
  );
}

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
