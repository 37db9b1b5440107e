import { useTranslation } from "react-i18next";
import { openDraftAsCode } from "../../state/code-export-store";

/** Opens "Copy as code" for the current draft. */
export function CopyAsCodeButton() {
  const { t } = useTranslation("code-export");
  return (
    <button type="button" className="copy-as-code-open" onClick={openDraftAsCode}>
      {t("open")}
    </button>
  );
}
