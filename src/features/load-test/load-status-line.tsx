import { useTranslation } from "react-i18next";
import { useLoadTestStore } from "../../state/load-test-store";

/** One live line: which cell runs, or how the run ended and why. */
export function LoadStatusLine() {
  const { t } = useTranslation("load-test");
  const status = useLoadTestStore((s) => s.status);
  const cells = useLoadTestStore((s) => s.cells);
  const stopReason = useLoadTestStore((s) => s.stopReason);
  let text = "";
  if (status === "running") {
    const current = cells.findIndex((c) => c.phase === "warm-up" || c.phase === "measuring");
    text = t("running", { current: Math.max(0, current) + 1, total: cells.length });
  } else if (status === "done") {
    if (!stopReason) {
      text = t("finished", { count: cells.length });
    } else {
      switch (stopReason.kind) {
        case "stopped":
          text = t("stopped");
          break;
        case "gateway-down":
          text = t("gatewayDown", { message: stopReason.message });
          break;
        case "failed":
          text = t("failed", { message: stopReason.message });
          break;
        default: {
          const never: never = stopReason;
          text = String(never);
        }
      }
    }
  }
  return (
    <p className="load-test-status" role="status">
      {text}
    </p>
  );
}
