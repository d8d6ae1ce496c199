import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isRefused, type ProtectedAction } from "@/lib/auth/guard";
import { getPrisma } from "@/lib/db/client";
import { roleActions, type RoleActionName } from "./access";
import { hasNulCharacter, withoutNul } from "./form-input";
import type { FormAction, FormState } from "./form-state";
import { actorOrSignIn } from "./kept-input";
import { requestContext, type RequestContext } from "./request-context";
import { errorFields, log } from "@/lib/log";

/**
 * The two ways to build a server action; every one in lib/actions is built with one of
 * them (tests/access checks that). Both take locale and client address from
 * requestContext, answer with one FormState, and turn an unexpected error into a calm
 * "failed" message that keeps what was typed (the error is logged with its context).
 * Input no person types (a NUL character) is refused as invalid before anything runs.
 * Redirects pass through.
 */
async function guarded(name: string, context: RequestContext, keep: readonly string[], run: () => Promise<FormState>): Promise<FormState> {
  if (hasNulCharacter(context.form)) {
    const t = await getTranslations({ locale: context.locale, namespace: "Forms" });
    return { status: "invalid", message: t("unreadable"), values: withoutNul(context.values(keep)) };
  }
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    log().error({ event: "action failed", action: name, ...errorFields(error) }, "a server action failed");
    const t = await getTranslations({ locale: context.locale, namespace: "Forms" });
    return { status: "failed", message: t("failed"), values: context.values(keep) };
  }
}

type Steps<Input, Result> = {
  /** Fields given back when the action fails unexpectedly. */
  keep?: readonly string[];
  input: (context: RequestContext) => Input | Promise<Input>;
  done: (result: Result, context: RequestContext) => FormState | Promise<FormState>;
};

/** An action anyone may use (residents, signing in): `run` decides everything else. */
export function publicAction(name: string, keep: readonly string[], run: (context: RequestContext) => Promise<FormState>): FormAction {
  return async (_state, form) => {
    const context = await requestContext(form);
    return guarded(name, context, keep, () => run(context));
  };
}

type Entry<N extends RoleActionName> = (typeof roleActions)[N];
type InputOf<N extends RoleActionName> = Entry<N> extends ProtectedAction<infer Input, unknown> ? Input : never;
type ResultOf<N extends RoleActionName> = Entry<N> extends ProtectedAction<never, infer Result> ? Result : never;

const roleActionNames = new WeakMap<FormAction, RoleActionName>();

/** The access-registry name of a role action (forms ask for what was kept for them), or undefined for a public one. */
export function roleActionName(action: FormAction): RoleActionName | undefined {
  return roleActionNames.get(action);
}

/**
 * An entry of the access registry (lib/actions/access.ts) as a server action, for the
 * signed-in user of this request: the entry's role check runs before anything else, and
 * a refusal changes nothing and says so. When the session has ended, the `keep` fields
 * are kept for after sign-in (lib/actions/kept-input.ts) and the user is sent to sign in.
 */
export function roleAction<N extends RoleActionName>(name: N, steps: Steps<InputOf<N>, ResultOf<N>>): FormAction {
  const action = roleActions[name] as unknown as ProtectedAction<InputOf<N>, ResultOf<N>>;
  const built: FormAction = async (_state, form) => {
    const context = await requestContext(form);
    return guarded(name, context, steps.keep ?? [], async () => {
      const actor = await actorOrSignIn(name, context, steps.keep ?? []);
      const result = await action.execute(actor, await getPrisma(), await steps.input(context));
      if (isRefused(result)) {
        const t = await getTranslations({ locale: context.locale, namespace: "Forms" });
        return { status: "refused", message: t("refused") };
      }
      return steps.done(result, context);
    });
  };
  roleActionNames.set(built, name);
  return built;
}
