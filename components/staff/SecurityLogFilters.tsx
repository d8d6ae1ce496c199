import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { SECURITY_KINDS, type SecurityKind } from "@/lib/auth/security-events";
import type { SecurityLogQuery } from "@/lib/auth/security-log";

/** A GET form: the filters live in the address, so it works without JavaScript and a view can be shared. */
export function SecurityLogFilters({ query, accounts }: { query: SecurityLogQuery; accounts: { id: string; email: string }[] }) {
  const t = useTranslations("AdminSecurityLog");
  const kinds = (Object.keys(SECURITY_KINDS) as SecurityKind[]).map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  return (
    <form method="get" aria-label={t("filters")} className="mt-6 flex flex-col gap-4 rounded-portal border-2 border-line bg-surface p-4">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-bold">{t("filters")}</legend>
        <SelectField name="soort" label={t("kind")} emptyLabel={t("allKinds")} options={kinds} defaultValue={query.soort ?? ""} />
        <SelectField name="account" label={t("account")} emptyLabel={t("allAccounts")} options={accounts.map((a) => ({ value: a.id, label: a.email }))} defaultValue={query.account ?? ""} />
      </fieldset>
      <SubmitButton>{t("show")}</SubmitButton>
    </form>
  );
}
