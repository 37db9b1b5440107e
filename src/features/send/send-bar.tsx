import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useInstancesStore } from "../../state/instances-store";
import { useRunsStore } from "../../state/runs-store";
import { SendProgress } from "./send-progress";
import "./send-bar.css";

/** Send and Cancel, the time in flight, and what stops the draft from being sent. */
export function SendBar() {
  const { t } = useTranslation("send");
  const status = useRunsStore((s) => s.status);
  const problems = useInstancesStore((s) => s.problems);
  const connectionError = useRunsStore((s) => s.connectionError);
  const { send, cancel } = useRunsStore.getState();
  const running = status === "running";
  return (
    <div className="send-bar">
      <button
        type="button"
        className="primary"
        disabled={running}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onClick={() => void send()}
      >
        {t("send")}
      </button>
      {running && (
        <button type="button" onClick={cancel}>
          {t("cancel")}
        </button>
      )}
      <span className="field-note">{t("shortcut")}</span>
      {running && <Elapsed />}
      {running && <SendProgress />}
      <div className="send-messages" aria-live="polite">
        {connectionError && <p className="field-error">⚠ {connectionError}</p>}
        {problems.length > 0 && (
          <p className="field-error">
            ⚠{" "}
            {t("notSent", {
              count: problems.length,
              where: problems
                .map((p) =>
                  t("problemAt", { n: p.instanceIndex + 1, input: p.inputName ?? "" }).trim(),
                )
                .join(t("listSeparator")),
            })}
          </p>
        )}
      </div>
    </div>
  );
}

function Elapsed() {
  const { t, i18n } = useTranslation("send");
  const startedAt = useRunsStore((s) => s.startedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, []);
  const seconds = startedAt ? Math.max(now - startedAt, 0) / 1000 : 0;
  const formatted = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(seconds);
  return <span className="elapsed">{t("sending", { seconds: formatted })}</span>;
}
