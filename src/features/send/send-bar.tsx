import { useEffect, useState } from "react";
import { useInstancesStore } from "../../state/instances-store";
import { useRunsStore } from "../../state/runs-store";
import "./send-bar.css";

/** Send and Cancel, the time in flight, and what stops the draft from being sent. */
export function SendBar() {
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
        Send
      </button>
      {running && (
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      )}
      <span className="field-note">Ctrl/⌘ + Enter sends from anywhere.</span>
      {running && <Elapsed />}
      <div className="send-messages" aria-live="polite">
        {connectionError && <p className="field-error">⚠ {connectionError}</p>}
        {problems.length > 0 && (
          <p className="field-error">
            ⚠ Not sent: {problems.length} {problems.length === 1 ? "input needs" : "inputs need"}{" "}
            fixing (
            {problems
              .map((p) => `Instance ${p.instanceIndex + 1}${p.inputName ? ` ${p.inputName}` : ""}`)
              .join(", ")}
            ).
          </p>
        )}
      </div>
    </div>
  );
}

function Elapsed() {
  const startedAt = useRunsStore((s) => s.startedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, []);
  const seconds = startedAt ? Math.max(now - startedAt, 0) / 1000 : 0;
  return <span className="elapsed">Sending… {seconds.toFixed(1)} s</span>;
}
