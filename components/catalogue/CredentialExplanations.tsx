import { useLocale } from "next-intl";
import { credentialExplanation } from "@/lib/catalogue/labels";
import type { ExplainedCredentialCode } from "@/lib/catalogue/vocabulary";

/** What BCMB and Registerplein mean, in a sentence each, under the quality marks that name them. */
export function CredentialExplanations({ codes }: { codes: readonly ExplainedCredentialCode[] }) {
  const locale = useLocale();
  return codes.map((code) => (
    <p key={code} className="mt-1 max-w-prose text-ink-secondary">
      {credentialExplanation(locale, code)}
    </p>
  ));
}
