import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { createCellRecord } from "../../load-test/load-cell";
import { switchHistoryDatabase, useHistoryStore } from "../../state/history-store";
import { selectLoadTestRecord, useLoadTestStore } from "../../state/load-test-store";
import { KeepInHistoryButton } from "./keep-in-history-button";

configure({ asyncUtilTimeout: 10_000 });

let count = 0;

beforeEach(async () => {
  count += 1;
  await switchHistoryDatabase(`keep-load-test-${count}`);
});

/** Puts a stopped load test with one measured cell in the store, as a run leaves it. */
function finishLoadTest(startedAt: number): void {
  const cell = createCellRecord(2, 1);
  cell.latenciesMs.push(5, 7, 9);
  cell.instances = 3;
  cell.measuredSeconds = 1;
  cell.phase = "stopped";
  useLoadTestStore.setState({
    status: "done",
    startedAt,
    settings: { concurrency: [2], instancesPerRequest: [1], durationSeconds: 1, warmupSeconds: 0 },
    target: {
      gatewayUrl: "http://localhost:8080",
      servable: "add",
      method: "add_cast",
      version: "0",
      transport: "grpc-web",
    },
    cells: [cell],
    stopReason: { kind: "stopped" },
  });
}

describe("KeepInHistoryButton", { timeout: 60_000 }, () => {
  it("keeps the stopped load test in the history once, and again for the next test", async () => {
    finishLoadTest(Date.UTC(2026, 0, 1, 14, 2, 11));
    render(<KeepInHistoryButton />);
    const keep = screen.getByRole("button", { name: "Keep in history" });
    await userEvent.click(keep);
    expect(await screen.findByRole("status")).toHaveTextContent("Kept in History.");
    expect(keep).toBeDisabled();
    const kept = useHistoryStore.getState().loadTests;
    expect(kept).toHaveLength(1);
    expect(kept[0]!.record).toEqual(selectLoadTestRecord(useLoadTestStore.getState()));
    expect(kept[0]!.record.stopReason).toEqual({ kind: "stopped" });

    finishLoadTest(Date.UTC(2026, 0, 1, 15, 0, 0));
    await waitFor(() => expect(keep).toBeEnabled());
    await userEvent.click(keep);
    await waitFor(() => expect(useHistoryStore.getState().loadTests).toHaveLength(2));
  });
});
