/*
 * The history of every run, a region named "History": runs newest first (servable · method ·
 * version, instance count, status, latency, time), filtered by servable and method. Each run's
 * buttons are named after it: "Restore run 14:02:11 add · add_common", "Run again …", "Pin run …",
 * "Delete run …", "Compare run …", "Copy run … as code"; the summary button "Show run …" puts its results in the
 * results view.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../shared/describe-value";
import { readFileBytes } from "../../draft/read-file-bytes";
import { copyRunAsCode } from "../../state/copy-run-as-code";
import { pickForComparison, restoreRunById, runAgain, showRun } from "../../state/history-actions";
import { useHistoryStore } from "../../state/history-store";
import { downloadBytes } from "../../ui/download-bytes";
import { BudgetField } from "./budget-field";
import { HistoryList } from "./history-list";
import { HistoryNotices } from "./history-notice";
import { KeptLoadTests } from "./kept-load-tests";
import { useRunFormat } from "./use-run-format";
import type { RowActions } from "./history-row";
import "./history.css";

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** The history panel. */
export function HistoryPanel() {
  const { t } = useTranslation("history");
  const headingId = useId();
  const servableId = useId();
  const methodId = useId();
  const format = useRunFormat();
  const picker = useRef<HTMLInputElement>(null);
  const status = useHistoryStore((s) => s.status);
  const runs = useHistoryStore((s) => s.runs);
  const loadTests = useHistoryStore((s) => s.loadTests);
  const usageBytes = useHistoryStore((s) => s.usageBytes);
  const budgetBytes = useHistoryStore((s) => s.budgetBytes);
  const selectedId = useHistoryStore((s) => s.selectedId);
  const compareFirstId = useHistoryStore((s) => s.compareFirstId);
  const [servable, setServable] = useState("");
  const [method, setMethod] = useState("");
  const [included, setIncluded] = useState<ReadonlySet<string>>(new Set());
  const [exportError, setExportError] = useState<string>();

  useEffect(() => {
    void useHistoryStore.getState().load();
  }, []);

  const servables = useMemo(() => distinct(runs.map((r) => r.servable)), [runs]);
  const methods = useMemo(
    () => distinct(runs.filter((r) => !servable || r.servable === servable).map((r) => r.method)),
    [runs, servable],
  );
  const shown = useMemo(
    () =>
      runs.filter(
        (r) => (!servable || r.servable === servable) && (!method || r.method === method),
      ),
    [runs, servable, method],
  );
  const compareFirst = runs.find((r) => r.id === compareFirstId);

  const include = (id: string, on: boolean) =>
    setIncluded((s) => {
      const next = new Set(s);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });

  const actions: RowActions = useMemo(
    () => ({
      show: (run) => void showRun(run.id),
      restore: (run) => void restoreRunById(run.id),
      runAgain: (run) => void runAgain(run.id),
      pin: (run, name) => void useHistoryStore.getState().pin(run.id, name),
      unpin: (run) => void useHistoryStore.getState().unpin(run.id),
      remove: (run) => void useHistoryStore.getState().remove(run.id),
      compare: (run) => void pickForComparison(run.id, (r) => r.pinName ?? format.label(r)),
      copyAsCode: (run) => void copyRunAsCode(run.id),
      include: (run, on) => include(run.id, on),
    }),
    [format],
  );

  const exportRuns = (ids?: readonly string[]) => {
    setExportError(undefined);
    useHistoryStore
      .getState()
      .exportRuns(ids)
      .then((bytes) => downloadBytes(bytes, "serving-console-history.zip", "application/zip"))
      .catch((e: unknown) =>
        setExportError(t("archive.exportFailed", { reason: describeError(e) })),
      );
  };
  const importFile = (file: File) => {
    readFileBytes(file)
      .then((bytes) => useHistoryStore.getState().importArchive(bytes))
      .catch((e: unknown) =>
        useHistoryStore.getState().showNotice({ kind: "import-failed", reason: describeError(e) }),
      );
  };
  const checked = [
    ...runs.filter((r) => included.has(r.id)).map((r) => r.id),
    ...loadTests.filter((entry) => included.has(entry.id)).map((entry) => entry.id),
  ];

  return (
    <section className="history-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("title")}</h2>
      <p className="history-usage">
        {t("usage", { used: format.megabytes(usageBytes), budget: format.megabytes(budgetBytes) })}
      </p>
      <BudgetField />
      <div className="history-filters">
        <label htmlFor={servableId}>{t("filter.servable")}</label>
        <select
          id={servableId}
          value={servable}
          onChange={(e) => {
            setServable(e.target.value);
            setMethod("");
          }}
        >
          <option value="">{t("filter.all")}</option>
          {servables.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor={methodId}>{t("filter.method")}</label>
        <select id={methodId} value={method} onChange={(e) => setMethod(e.target.value)}>
          <option value="">{t("filter.all")}</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar">
        <button
          type="button"
          disabled={runs.length === 0 && loadTests.length === 0}
          onClick={() => exportRuns()}
        >
          {t("archive.exportAll")}
        </button>
        <button type="button" disabled={checked.length === 0} onClick={() => exportRuns(checked)}>
          {t("archive.exportChecked")}
        </button>
        <button type="button" onClick={() => picker.current?.click()}>
          {t("archive.import")}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".zip,application/zip"
          hidden
          aria-label={t("archive.importLabel")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) {
              importFile(file);
            }
          }}
        />
      </div>
      {exportError && (
        <p role="alert" className="history-error">
          {exportError}
        </p>
      )}
      <HistoryNotices />
      {compareFirst && (
        <p className="history-hint">
          {t("compareHint", { servable: compareFirst.servable, method: compareFirst.method })}
        </p>
      )}
      {status === "loading" && runs.length === 0 ? (
        <p>{t("loading")}</p>
      ) : runs.length === 0 ? (
        <p>{t("empty")}</p>
      ) : shown.length === 0 ? (
        <p>{t("noMatch")}</p>
      ) : (
        <HistoryList
          runs={shown}
          selectedId={selectedId}
          compareFirstId={compareFirstId}
          included={included}
          actions={actions}
        />
      )}
      <KeptLoadTests included={included} onInclude={include} />
    </section>
  );
}
