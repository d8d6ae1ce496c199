import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware wrappers: links and redirects keep the visitor in their language.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
