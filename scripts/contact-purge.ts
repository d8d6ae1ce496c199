/** `npm run contact:purge`: the contact.purge command; its options and output are in lib/commands/contact-purge.ts. */
import { runCommand } from "@/lib/commands/run-command";

runCommand("contact.purge");
