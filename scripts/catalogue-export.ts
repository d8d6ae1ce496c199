/** `npm run catalogue:export`: the catalogue.export command; its options and output are in lib/commands/catalogue-export.ts. */
import { runCommand } from "@/lib/commands/run-command";

runCommand("catalogue.export");
