import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHistoryStore } from "../../state/history-store";
import { selectLoadTestRecord, useLoadTestStore } from "../../state/load-test-store";

/** "Keep in history": stores the finished (or stopped) load test as a History entry, once per test. */
export function KeepInHistoryButton() {
  const { t } = useTranslation("load-test");
  const startedAt = useLoadTestStore((s) => s.startedAt);
  // Which test was kept (by start time), so a new test offers the button again.
  const [kept, setKept] = useState<{ startedAt?: number; ok: boolean }>();
  const done = kept !== undefined && kept.startedAt === startedAt;

  const keep = (): void => {
    const record = selectLoadTestRecord(useLoadTestStore.getState());
    if (!record) {
      return;
    }
    void useHistoryStore
      .getState()
      .keepLoadTest(record)
      .then((ok) => setKept({ startedAt, ok }));
  };

  return (
    <>
      <button type="button" onClick={keep} disabled={done && kept.ok}>
        {t("keep")}
      </button>
      {done && (
        <span role="status" className={kept.ok ? "field-note" : "field-error"}>
          {kept.ok ? t("kept") : t("keepFailed")}
        </span>
      )}
    </>
  );
}
