import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useCodeExportStore } from "../state/code-export-store";
import { LoadingLine } from "../ui/loading-line";

// The dialog and its code generators load on first use, off the initial bundle.
const CopyAsCodeDialog = lazy(() =>
  import("../features/code-export/copy-as-code-dialog").then((m) => ({
    default: m.CopyAsCodeDialog,
  })),
);

/** Shows the "Copy as code" dialog while the code export store holds a source. */
export function CopyAsCodeSlot() {
  const { t } = useTranslation("app");
  const open = useCodeExportStore((s) => s.source !== undefined);
  if (!open) {
    return null;
  }
  return (
    <Suspense fallback={<LoadingLine>{t("codeLoading")}</LoadingLine>}>
      <CopyAsCodeDialog />
    </Suspense>
  );
}
