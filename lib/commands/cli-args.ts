import { parseArgs } from "node:util";
import { languageFrom, say, unknownOption, type Bilingual, type Language } from "./cli-language";
import type { CliContext } from "./command";

/**
 * The argv handling every command shares: its own options plus `--lang nl|en` and
 * `--help`. An option it does not know prints the usage and gives exit code 2; `--help`
 * prints it and gives 0. Either way the command then stops with `exit`.
 */
type Options = Record<string, { type: "string" | "boolean" }>;
type Values<O extends Options> = { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };

export type ParsedArgs<O extends Options> =
  | { exit: undefined; values: Values<O>; positionals: string[]; language: Language }
  | { exit: number };

export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  usage: Bilingual,
  context: Pick<CliContext<unknown, unknown>, "out" | "err" | "lang">,
): ParsedArgs<O> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch {
    context.err(`${say(unknownOption, "both")}\n\n${say(usage, "both")}`);
    return { exit: 2 };
  }
  const values = parsed.values as Values<O> & { lang?: string; help?: boolean };
  const language = languageFrom(values.lang, context.lang);
  if (values.help) {
    context.out(say(usage, language));
    return { exit: 0 };
  }
  return { exit: undefined, values, positionals: parsed.positionals, language };
}

/** Prints the usage for a wrong call (missing or extra arguments): exit code 2. */
export function wrongCall(usage: Bilingual, language: Language, context: Pick<CliContext<unknown, unknown>, "err">): number {
  context.err(say(usage, language));
  return 2;
}
