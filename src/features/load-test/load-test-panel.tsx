import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { summarizeCell } from "../../load-test/load-cell";
import { LOAD_LIMITS } from "../../load-test/load-limits";
import { writeLoadTestCsv } from "../../load-test/load-test-record";
import { selectLoadTestRecord, useLoadTestStore } from "../../state/load-test-store";
import { downloadBytes } from "../../ui/download-bytes";
import { KeepInHistoryButton } from "./keep-in-history-button";
import { LoadChart } from "./load-chart";
import { LoadErrorsTable, LoadResultsTable } from "./load-results-table";
import { LoadSettingsFields } from "./load-settings-fields";
import { LoadStatusLine } from "./load-status-line";
import { RemoteGatewayPrompt } from "./remote-gateway-prompt";
import "./load-test.css";

/** The load-test region: settings, Start/Stop, the live chart with its tables, and the exports. */
export default function LoadTestPanel() {
  const { t } = useTranslation("load-test");
  const headingId = useId();
  const status = useLoadTestStore((s) => s.status);
  const cells = useLoadTestStore((s) => s.cells);
  const draftError = useLoadTestStore((s) => s.draftError);
  const { start, stop } = useLoadTestStore.getState();
  const summaries = useMemo(
    () => cells.filter((c) => c.phase !== "pending").map(summarizeCell),
    [cells],
  );
  const running = status === "running";

  const exportAs = (kind: "csv" | "json"): void => {
    const record = selectLoadTestRecord(useLoadTestStore.getState());
    if (!record) {
      return;
    }
    const stamp = record.startedAt.replace(/[:.]/g, "-");
    if (kind === "csv") {
      downloadBytes(writeLoadTestCsv(record), `load-test-${stamp}.csv`, "text/csv");
    } else {
      downloadBytes(
        `${JSON.stringify(record, null, 2)}\n`,
        `load-test-${stamp}.json`,
        "application/json",
      );
    }
  };

  return (
    <section className="load-test" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("region")}</h2>
      <p className="field-note">
        {t("intro", {
          maxInFlight: LOAD_LIMITS.maxInFlight,
          maxMinutes: LOAD_LIMITS.maxTotalSeconds / 60,
        })}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) {
            void start();
          }
        }}
      >
        <LoadSettingsFields disabled={running || status === "confirming"} />
        <div className="load-test-actions">
          {running ? (
            <button type="button" onClick={stop}>
              {t("stop")}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={status === "confirming"}>
              {t("start")}
            </button>
          )}
          {summaries.length > 0 && !running && (
            <>
              <button type="button" onClick={() => exportAs("csv")}>
                {t("exportCsv")}
              </button>
              <button type="button" onClick={() => exportAs("json")}>
                {t("exportJson")}
              </button>
              <KeepInHistoryButton />
            </>
          )}
        </div>
      </form>
      {status === "confirming" && <RemoteGatewayPrompt />}
      {draftError && (
        <p className="field-error" role="alert">
          ⚠ {draftError}
        </p>
      )}
      <LoadStatusLine />
      {summaries.length > 0 && (
        <>
          <LoadChart cells={summaries} />
          <LoadResultsTable cells={summaries} />
          <LoadErrorsTable cells={summaries} />
        </>
      )}
    </section>
  );
}
