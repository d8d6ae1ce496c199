import type { z } from "zod";
import type { Env } from "@/lib/env";
import type { CommandDatabase, Route } from "@/lib/db/owner";

/**
 * One command that the process owning the database runs for other processes: the
 * payload it accepts (checked where it is sent and again where it runs), what it does,
 * and its npm script. Payloads and results cross a JSON channel, so both stay plain JSON.
 */
export type Command<Input, Payload, Result> = {
  payload: z.ZodType<Payload, Input>;
  run(db: CommandDatabase, payload: Payload): Promise<Result>;
  /** The npm script: reads argv, prints Dutch and/or English, returns the exit code (see run-main.ts). */
  cli(argv: string[], context: CliContext<Input, Result>): Promise<number>;
};

/** What a command's script needs from the outside world; tests pass their own. */
export type CliContext<Input, Result> = {
  /** Runs the command where the database is: here, or in the process that owns it. */
  perform(payload: Input, onRoute?: (where: Route) => void): Promise<Result>;
  out(text: string): void;
  err(text: string): void;
  /** LANG, which picks the language when --lang is not given; settings come from settings(). */
  lang: string | undefined;
  /** The portal's checked settings, read only by the commands that need them. */
  settings(): Env;
  /** Asks the person at the keyboard; undefined when stdin is not a terminal. */
  ask: ((question: string) => Promise<string>) | undefined;
};

/** Keeps the entry's types together, so the registry can tell each command's payload and result. */
export function defineCommand<Input, Payload, Result>(command: Command<Input, Payload, Result>): Command<Input, Payload, Result> {
  return command;
}
