import { createInterface } from "node:readline/promises";
import { env } from "@/lib/env";
import type { CliContext } from "./command";
import { performCommand } from "./perform-command";
import { commandEntry, type CommandName } from "./registry";
import { runMain } from "./run-main";

/** Asks on the terminal; undefined when nobody is at one (CI, a pipe, a cron job). */
function terminalQuestion(): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}

type Terminal = Omit<CliContext<unknown, unknown>, "perform">;

const terminal = (): Terminal => ({
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  lang: process.env.LANG,
  settings: env,
  ask: terminalQuestion(),
});

/** The whole body of a script under scripts/: runs the command's CLI with this process's argv. */
export function runCommand(name: CommandName): void {
  runMain(() =>
    commandEntry(name).cli(process.argv.slice(2), {
      perform: (payload, onRoute) => performCommand(name, payload, { onRoute }),
      ...terminal(),
    }),
  );
}

/** A script whose work is never handed to the portal (a restore replaces the database the portal would have open). */
export function runHere(cli: (argv: string[], context: Terminal) => Promise<number>): void {
  runMain(() => cli(process.argv.slice(2), terminal()));
}
