import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHistoryStore } from "../../state/history-store";
import { KeptLoadTestTable } from "./kept-load-test-table";
import type { LoadTestEntry } from "../../history/load-test-entry";

/**
 * The load tests kept in the history, newest first: each named "Load test 14:02:11 add ·
 * add_common", with "Show load test …" (its table again), "Delete load test …" and a checkbox
 * that includes it in "Export checked runs".
 */
export function KeptLoadTests(props: {
  included: ReadonlySet<string>;
  onInclude(id: string, included: boolean): void;
}) {
  const { included, onInclude } = props;
  const { t, i18n } = useTranslation("history");
  const loadTests = useHistoryStore((s) => s.loadTests);
  const [openId, setOpenId] = useState<string>();
  if (loadTests.length === 0) {
    return null;
  }
  const time = new Intl.DateTimeFormat(i18n.language, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const words = (entry: LoadTestEntry) => ({
    time: time.format(entry.startedAt),
    servable: entry.record.target.servable,
    method: entry.record.target.method,
  });
  return (
    <ul aria-label={t("loadTest.list")} className="history-load-tests">
      {loadTests.map((entry) => {
        const label = t("loadTest.label", words(entry));
        const title = t("loadTest.title", words(entry));
        const open = openId === entry.id;
        const { settings, stopReason } = entry.record;
        return (
          <li key={entry.id} className="history-row history-load-test">
            <div className="history-row-head">
              <input
                type="checkbox"
                checked={included.has(entry.id)}
                aria-label={t("loadTest.include", { label })}
                onChange={(e) => onInclude(entry.id, e.target.checked)}
              />
              <strong>{title}</strong>
            </div>
            <div className="history-row-meta">
              <span>
                {t("loadTest.settings", {
                  concurrency: settings.concurrency.join(", "),
                  instances: settings.instancesPerRequest.join(", "),
                  seconds: settings.durationSeconds,
                })}
              </span>
              {stopReason && <span>{t(`loadTest.stop.${stopReason.kind}`)}</span>}
            </div>
            <div className="history-row-actions">
              <button
                type="button"
                aria-expanded={open}
                aria-label={t("loadTest.showName", { label })}
                onClick={() => setOpenId(open ? undefined : entry.id)}
              >
                {t("loadTest.show")}
              </button>
              <button
                type="button"
                aria-label={t("loadTest.deleteName", { label })}
                onClick={() => void useHistoryStore.getState().removeLoadTest(entry.id)}
              >
                {t("row.delete")}
              </button>
            </div>
            {open && <KeptLoadTestTable record={entry.record} caption={title} />}
          </li>
        );
      })}
    </ul>
  );
}
