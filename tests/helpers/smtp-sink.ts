import net from "node:net";
import tls from "node:tls";

export type SinkOptions = {
  rejectRecipient?: boolean;
  /** "implicit": TLS from the first byte (smtps); "starttls": plain, offering STARTTLS. Needs `certificate`. */
  tls?: "implicit" | "starttls";
  certificate?: { key: string; cert: string };
  /** Offer AUTH PLAIN (default true). */
  auth?: boolean;
  /** Answer nothing after connecting (a hanging server). */
  silent?: boolean;
};

export type Sink = {
  port: number;
  commands: string[];
  data: () => string;
  /** Every message received, one string each (headers and body). */
  messages: string[];
  /** Whether each command arrived over TLS, in the order of `commands`. */
  secure: boolean[];
  close: () => void;
};

/** A local SMTP sink: records the commands and the messages, answers like a real server. */
export function smtpSink(options: SinkOptions = {}, port = 0): Promise<Sink> {
  const commands: string[] = [];
  const secure: boolean[] = [];
  const messages: string[] = [];
  let data = "";
  const sockets = new Set<net.Socket>();

  const converse = (socket: net.Socket, overTls: boolean, greet: boolean) => {
    let inData = false;
    let message = "";
    let buffer = "";
    if (greet) socket.write("220 sink ready\r\n");
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            messages.push(message);
            message = "";
            socket.write("250 queued\r\n");
          } else {
            data += `${line}\n`;
            message += `${line}\n`;
          }
          continue;
        }
        commands.push(line);
        secure.push(overTls);
        if (line.startsWith("EHLO")) {
          const offers = [...(options.tls === "starttls" && !overTls ? ["STARTTLS"] : []), ...(options.auth === false ? [] : ["AUTH PLAIN"])];
          socket.write(["sink", ...offers].map((offer, i, all) => `250${i === all.length - 1 ? " " : "-"}${offer}\r\n`).join(""));
        } else if (line === "STARTTLS" && options.tls === "starttls" && !overTls) {
          socket.off("data", onData);
          socket.write("220 go ahead\r\n", () => {
            const upgraded = new tls.TLSSocket(socket, { isServer: true, ...options.certificate });
            sockets.add(upgraded);
            converse(upgraded, true, false);
          });
          return;
        } else if (line.startsWith("AUTH")) socket.write("235 ok\r\n");
        else if (line.startsWith("RCPT") && options.rejectRecipient) socket.write("550 no such user\r\n");
        else if (line === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (line === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    };
    socket.on("data", onData);
    socket.on("error", () => undefined);
  };

  const onConnection = (socket: net.Socket) => {
    sockets.add(socket);
    if (!options.silent) converse(socket, options.tls === "implicit", true);
  };
  const server = options.tls === "implicit" ? tls.createServer({ ...options.certificate }, onConnection) : net.createServer(onConnection);
  return new Promise<Sink>((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const bound = (server.address() as net.AddressInfo).port;
      const close = () => {
        for (const socket of sockets) socket.destroy();
        server.close();
      };
      resolve({ port: bound, commands, secure, messages, data: () => data, close });
    }),
  );
}
