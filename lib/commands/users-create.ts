import { z } from "zod";
import { generatePassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { createUser, MIN_PASSWORD_LENGTH, newUserSchema } from "@/lib/auth/users";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { routeText, say } from "./cli-language";
import { defineCommand, type CliContext } from "./command";

/**
 * `npm run user:create -- --email a@b.nl --role admin [--name "…"] [--organization <uuid>] [--also staff,editor] [--password …]`
 * --also gives an admin data roles too (the admin role alone reads no resident's personal data).
 * Without --password it asks for one when run in a terminal, otherwise it generates one
 * and prints it once. Exit codes: 0 created, 1 refused (the fields at fault), 2 usage.
 */
const usage = {
  nl: "Gebruik: npm run user:create -- --email <adres> --role staff|provider|editor|admin [--name <naam>] [--organization <id>] [--also staff,editor] [--password <wachtwoord>]",
  en: "Usage: npm run user:create -- --email <address> --role staff|provider|editor|admin [--name <name>] [--organization <id>] [--also staff,editor] [--password <password>]",
};

const options = {
  email: { type: "string" },
  role: { type: "string" },
  name: { type: "string" },
  organization: { type: "string" },
  also: { type: "string" },
  password: { type: "string" },
} as const;

/** The password typed at the keyboard; undefined when the person asks for one to be generated. */
async function askPassword(ask: (question: string) => Promise<string>, out: (text: string) => void): Promise<string | undefined> {
  for (;;) {
    const answer = await ask(`Password / wachtwoord (at least ${MIN_PASSWORD_LENGTH} characters, empty = generate): `);
    if (answer === "") return undefined;
    const problem = passwordProblem(answer);
    if (problem === null) return answer;
    out(problem === "common" ? "Too common / te bekend: this password is on a list of leaked passwords." : `Too short or too long / te kort of te lang (minimum ${MIN_PASSWORD_LENGTH}).`);
  }
}

function refused(errors: Record<string, string | undefined>, context: Pick<CliContext<unknown, unknown>, "err">): number {
  const fields = Object.entries(errors).map(([field, problem]) => `${field} (${problem})`);
  context.err(`The account was not created / het account is niet gemaakt: ${fields.join(", ")}`);
  return 1;
}

export const usersCreate = defineCommand({
  /** The same schema as the admin page's form; createUser checks it again and reports a taken address. */
  payload: newUserSchema,

  run: (db, user) => createUser(db.prisma, user),

  async cli(argv, context) {
    const args = parseCommandArgs(argv, options, usage, context);
    if (args.exit !== undefined) return args.exit;
    const { values, language } = args;
    if (!values.email || !values.role || args.positionals.length > 0) return wrongCall(usage, language, context);
    const chosen = values.password ?? (context.ask ? await askPassword(context.ask, context.out) : undefined);
    // A generated password is printed once, whether the terminal asked for it or there was none.
    const password = chosen ?? generatePassword();
    // Checked before the trip to the database, so the person sees every field at fault at once.
    const user = newUserSchema.safeParse({ email: values.email, role: values.role, name: values.name ?? values.email, organizationId: values.organization, password, extraRoles: values.also?.split(",").map((role) => role.trim()).filter(Boolean) ?? [] });
    if (!user.success) return refused(Object.fromEntries(Object.entries(z.flattenError(user.error).fieldErrors).map(([f, m]) => [f, m?.[0]])), context);

    const result = await context.perform(user.data, (where) => context.out(say(routeText(where), language)));
    if (!result.ok) return refused(result.errors, context);
    context.out(`Created / gemaakt: ${result.email} (${[result.role, ...user.data.extraRoles].join(" + ")})`);
    if (chosen === undefined) context.out(`Password / wachtwoord: ${password}`);
    return 0;
  },
});
