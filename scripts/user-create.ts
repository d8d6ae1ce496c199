/**
 * `npm run user:create -- --email a@b.nl --role admin [--name "…"] [--organization <uuid>] [--password …]`
 * Without --password it asks for one when run in a terminal, otherwise it generates one
 * and prints it once. While the portal runs, the account is created by the portal itself.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { runCli, describeRoute } from "@/lib/db/cli";
import { performOperation } from "@/lib/db/owner";
import { generatePassword } from "@/lib/auth/password";
import { MIN_PASSWORD_LENGTH, type CreateUserResult } from "@/lib/auth/users";

const usage = `Usage: npm run user:create -- --email <address> --role staff|provider|editor|admin [--name <name>] [--organization <id>] [--password <password>]
Gebruik: npm run user:create -- --email <adres> --role staff|provider|editor|admin [--name <naam>] [--organization <id>] [--password <wachtwoord>]`;

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    for (;;) {
      const answer = await rl.question(`Password / wachtwoord (at least ${MIN_PASSWORD_LENGTH} characters, empty = generate): `);
      if (answer === "") return generatePassword();
      if (answer.length >= MIN_PASSWORD_LENGTH) return answer;
      console.log(`Too short / te kort (minimum ${MIN_PASSWORD_LENGTH}).`);
    }
  } finally {
    rl.close();
  }
}

runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, organization: { type: "string" }, password: { type: "string" } },
    }));
  } catch {
    console.error(usage);
    return 2;
  }
  if (!values.email || !values.role) {
    console.error(usage);
    return 2;
  }
  let password = values.password;
  let generated = false;
  if (password === undefined) {
    if (process.stdin.isTTY) password = await askPassword();
    else {
      password = generatePassword();
      generated = true;
    }
  }
  const result = (await performOperation(
    "users.create",
    { email: values.email, role: values.role, name: values.name ?? values.email, organizationId: values.organization, password },
    { onRoute: (where) => console.log(describeRoute(where)) },
  )) as CreateUserResult;
  if (!result.ok) {
    console.error(`The account was not created / het account is niet gemaakt: ${Object.entries(result.errors).map(([field, problem]) => `${field} (${problem})`).join(", ")}`);
    return 1;
  }
  console.log(`Created / gemaakt: ${result.email} (${result.role})`);
  if (generated) console.log(`Password / wachtwoord: ${password}`);
  return 0;
});
