import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRunFormat } from "./use-run-format";
import type { RunSummary } from "../../history/history-types";

/** What a row can do with its run. */
export interface RowActions {
  show(run: RunSummary): void;
  restore(run: RunSummary): void;
  runAgain(run: RunSummary): void;
  pin(run: RunSummary, name: string): void;
  unpin(run: RunSummary): void;
  remove(run: RunSummary): void;
  compare(run: RunSummary): void;
  copyAsCode(run: RunSummary): void;
  include(run: RunSummary, included: boolean): void;
}

/** One run in the history list: its summary (a button that shows it) and its actions. */
export function HistoryRow(props: {
  run: RunSummary;
  selected: boolean;
  comparing: boolean;
  included: boolean;
  actions: RowActions;
}) {
  const { run, selected, comparing, included, actions } = props;
  const { t } = useTranslation("history");
  const format = useRunFormat();
  const [pinning, setPinning] = useState(false);
  const [pinName, setPinName] = useState("");
  const pinFieldId = useId();
  const label = format.label(run);
  const version =
    run.version === "" || run.version === "0"
      ? t("row.latest")
      : t("row.version", { version: run.version });
  const status =
    run.outcome === "failed"
      ? t("row.failed", { cause: run.cause ?? "" })
      : t(`row.${run.outcome}`);
  return (
    <div className={`history-row${selected ? " history-row-selected" : ""}`}>
      <div className="history-row-head">
        <input
          type="checkbox"
          checked={included}
          aria-label={t("row.include", { label })}
          onChange={(e) => actions.include(run, e.target.checked)}
        />
        <button
          type="button"
          className="history-row-show"
          aria-label={t("row.show", { label })}
          aria-current={selected ? "true" : undefined}
          onClick={() => actions.show(run)}
        >
          <strong>
            {run.servable} · {run.method} · {version}
          </strong>
          {run.pinned && <span className="history-pin">📌 {run.pinName ?? t("row.pinned")}</span>}
        </button>
      </div>
      <div className="history-row-meta">
        <span>{t("row.instances", { count: run.instanceCount })}</span>
        <span className={`history-status history-status-${run.outcome}`}>{status}</span>
        <span>{format.latency(run.elapsedMs)}</span>
        <time dateTime={new Date(run.finishedAt).toISOString()} title={format.date(run)}>
          {format.time(run)}
        </time>
      </div>
      {pinning ? (
        <form
          className="history-row-actions"
          onSubmit={(e) => {
            e.preventDefault();
            setPinning(false);
            actions.pin(run, pinName);
          }}
        >
          <label htmlFor={pinFieldId} className="visually-hidden">
            {t("row.pinField", { label })}
          </label>
          <input
            id={pinFieldId}
            value={pinName}
            maxLength={100}
            onChange={(e) => setPinName(e.target.value)}
          />
          <button type="submit">{t("row.pinSave")}</button>
          <button type="button" onClick={() => setPinning(false)}>
            {t("row.pinCancel")}
          </button>
        </form>
      ) : (
        <div className="history-row-actions">
          <button
            type="button"
            aria-label={t("row.restoreName", { label })}
            onClick={() => actions.restore(run)}
          >
            {t("row.restore")}
          </button>
          <button
            type="button"
            aria-label={t("row.runAgainName", { label })}
            onClick={() => actions.runAgain(run)}
          >
            {t("row.runAgain")}
          </button>
          {run.pinned ? (
            <button
              type="button"
              aria-label={t("row.unpinName", { label })}
              onClick={() => actions.unpin(run)}
            >
              {t("row.unpin")}
            </button>
          ) : (
            <button
              type="button"
              aria-label={t("row.pinName", { label })}
              onClick={() => setPinning(true)}
            >
              {t("row.pin")}
            </button>
          )}
          <button
            type="button"
            aria-label={t("row.deleteName", { label })}
            onClick={() => actions.remove(run)}
          >
            {t("row.delete")}
          </button>
          <button
            type="button"
            aria-label={t("row.compareName", { label })}
            aria-pressed={comparing}
            onClick={() => actions.compare(run)}
          >
            {t("row.compare")}
          </button>
          <button
            type="button"
            aria-label={t("row.copyAsCodeName", { label })}
            onClick={() => actions.copyAsCode(run)}
          >
            {t("row.copyAsCode")}
          </button>
        </div>
      )}
    </div>
  );
}
