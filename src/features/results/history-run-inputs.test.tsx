import { act, configure, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "../../history/build-run-record";
import { HistoryDb } from "../../history/history-db";
import { sampleSend } from "../../history/testing/sample-runs";
import { useConnectionStore } from "../../state/connection-store";
import { restoreRunById, showRun } from "../../state/history-actions";
import { switchHistoryDatabase, useHistoryStore } from "../../state/history-store";
import { useInstancesStore } from "../../state/instances-store";
import { useRunsStore } from "../../state/runs-store";
import { ResultsPanel } from "./results-panel";
import { useSentRun } from "./use-sent-run";

configure({ asyncUtilTimeout: 10_000 });

let count = 0;
let name = "";

beforeEach(async () => {
  count += 1;
  name = `history-run-inputs-${count}`;
  await switchHistoryDatabase(name);
});

function Slot() {
  const { run, stale } = useSentRun();
  const status = useRunsStore((s) => s.status);
  const exchange = useRunsStore((s) => s.exchange);
  const instanceCount = useRunsStore((s) => s.instanceCount);
  return (
    <ResultsPanel
      status={status}
      exchange={exchange}
      instanceCount={instanceCount}
      run={run}
      stale={stale}
    />
  );
}

describe("results of a run shown from history", { timeout: 60_000 }, () => {
  it("sit beside that run's inputs, and the stale notice names that run's time", async () => {
    const sent = sampleSend(Date.UTC(2026, 0, 1, 14, 2, 11));
    const record = await buildRunRecord(sent);
    const db = await HistoryDb.open(name);
    await db.putMany([record], Number.MAX_SAFE_INTEGER);
    db.close();
    await useHistoryStore.getState().load();
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");

    render(<Slot />);
    await act(async () => {
      expect(await showRun(record.summary.id)).toBe(true);
    });
    expect(screen.getByRole("group", { name: "Result 1" })).toHaveTextContent("cat.png");
    const time = new Intl.DateTimeFormat("en", { timeStyle: "medium" }).format(sent.startedAt);
    expect(
      screen.getByText(`From the run at ${time}; the draft has changed since.`),
    ).toBeInTheDocument();

    // With the run's own draft restored, its results are current again.
    await act(async () => {
      await restoreRunById(record.summary.id);
      await showRun(record.summary.id);
    });
    expect(screen.queryByText(/the draft has changed since/)).not.toBeInTheDocument();
    act(() => useInstancesStore.getState().add(useConnectionStore.getState().inputs));
    expect(screen.getByText(`From the run at ${time}; the draft has changed since.`)).toBeVisible();
    expect(
      within(screen.getByRole("group", { name: "Result 1" })).getByText(/cat\.png/),
    ).toBeVisible();
  });
});
