import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../shared/describe-value";

/** "Copy": puts the code on the clipboard and says "Copied" (or why it could not). */
export function CopyButton({ text }: { text: string | undefined }) {
  const { t } = useTranslation("code-export");
  const [result, setResult] = useState<{ text: string; error?: string }>();
  // Shown only while the code is the one that was copied.
  const outcome = result?.text === text ? result : undefined;
  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setResult({ text: value });
    } catch (error) {
      setResult({ text: value, error: describeError(error) });
    }
  };
  return (
    <>
      <button
        type="button"
        disabled={text === undefined}
        onClick={() => text !== undefined && void copy(text)}
      >
        {t("copy")}
      </button>
      <span className="copy-outcome" role="status">
        {outcome && outcome.error === undefined && t("copied")}
        {outcome?.error !== undefined && (
          <span className="field-error">{t("copyFailed", { error: outcome.error })}</span>
        )}
      </span>
    </>
  );
}
