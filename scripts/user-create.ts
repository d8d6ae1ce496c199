/** `npm run user:create`: the users.create command; its options and output are in lib/commands/users-create.ts. */
import { runCommand } from "@/lib/commands/run-command";

runCommand("users.create");
