import { format } from "node:util";
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";

/**
 * The server's log: one JSON line per request and per notable event on standard output
 * (pino), for the municipality's log collector. Never a resident's name, e-mail address,
 * phone number, question or vraagwijzer answers: callers log ids, counts and codes only,
 * request lines carry the path without its query string, and no body is ever logged.
 *
 * Errors are logged with `errorFields`: a database (Prisma) error's message can quote
 * the values of the statement, so of those only the kind and code are kept.
 */
export type { Logger };

const processLogger = globalThis as unknown as { __portalLogger?: Logger; __portalLogFd?: number };

/**
 * Command-line tools print their answers on standard output; their log lines go to
 * standard error instead, so a script reading the answer gets no JSON in between.
 */
export function logToStandardError(): void {
  processLogger.__portalLogFd = 2;
}

/** LOG_LEVEL when the settings can be read; a wrong setting is itself logged at the default level. */
function level(): string {
  try {
    return env().logLevel;
  } catch {
    return "info";
  }
}

/** The process's logger; kept on globalThis because Next.js may load this module more than once. */
export function log(): Logger {
  processLogger.__portalLogger ??= pino(
    {
      level: level(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Synchronous: the line of an exit (a stop, a failed start) is written before the process ends.
    pino.destination({ fd: processLogger.__portalLogFd ?? 1, sync: true }),
  );
  return processLogger.__portalLogger;
}

/** What is logged of an error: its kind, code and stack, but never the message of a database error. */
export function errorFields(error: unknown): { error: Record<string, unknown> } {
  if (!(error instanceof Error)) return { error: { type: typeof error } };
  const code = (error as { code?: unknown }).code;
  if (error.name.startsWith("PrismaClient") || error.constructor.name.startsWith("PrismaClient")) {
    return { error: { type: error.constructor.name, code } };
  }
  return { error: { type: error.name, code, message: error.message, stack: error.stack } };
}

/**
 * In the serving process, what other code writes to the console (Next.js reports an error
 * in a page this way) becomes a log line too, so every line of the output is JSON.
 */
export function captureConsole(): void {
  const write = (level: "error" | "warn" | "info") => (...args: unknown[]) => log()[level]({ event: "console" }, format(...args));
  console.error = write("error");
  console.warn = write("warn");
  console.log = write("info");
  console.info = write("info");
}
