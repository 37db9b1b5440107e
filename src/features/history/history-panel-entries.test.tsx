import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "../../history/build-run-record";
import { readHistoryArchive } from "../../history/history-archive";
import { HistoryDb } from "../../history/history-db";
import { sampleLoadTest } from "../../history/testing/sample-load-test";
import { PNG, sampleSend } from "../../history/testing/sample-runs";
import { useCodeExportStore } from "../../state/code-export-store";
import { switchHistoryDatabase, useHistoryStore } from "../../state/history-store";
import { HistoryPanel } from "./history-panel";

// IndexedDB work finishes in the background; a busy machine can take more than the default second.
configure({ asyncUtilTimeout: 10_000 });

let count = 0;
let name = "";

beforeEach(async () => {
  count += 1;
  name = `history-panel-entries-${count}`;
  await switchHistoryDatabase(name);
});

describe("HistoryPanel entries", { timeout: 60_000 }, () => {
  it("opens Copy as code for a run, named after it", async () => {
    const record = await buildRunRecord(sampleSend(Date.UTC(2026, 0, 1, 14, 2, 11)));
    const db = await HistoryDb.open(name);
    await db.putMany([record], Number.MAX_SAFE_INTEGER);
    db.close();
    render(<HistoryPanel />);
    const copy = await screen.findByRole("button", {
      name: /^Copy run \d\d:\d\d:\d\d add · add_common as code$/,
    });
    expect(copy).toHaveTextContent("Copy as code");
    await userEvent.click(copy);
    await waitFor(() => expect(useCodeExportStore.getState().source).toBeDefined());
    const source = useCodeExportStore.getState().source!;
    expect(source.target.method).toBe("add_common");
    expect(source.files.f1).toEqual(PNG);
  });

  it("lists a kept load test, shows its table again, exports it and deletes it", async () => {
    render(<HistoryPanel />);
    await screen.findByText(/No runs yet/);
    const startedAt = Date.UTC(2026, 0, 1, 14, 2, 11);
    expect(await useHistoryStore.getState().keepLoadTest(sampleLoadTest(startedAt))).toBe(true);

    const region = screen.getByRole("region", { name: "History" });
    const list = await within(region).findByRole("list", { name: "Kept load tests" });
    const show = within(list).getByRole("button", {
      name: /^Show load test \d\d:\d\d:\d\d add · add_common$/,
    });
    expect(
      within(list).getByText(/Concurrency 4; instances per request 2; 2 s each/),
    ).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    await userEvent.click(show);
    const table = within(list).getByRole("table", { name: /^Load test .* add · add_common$/ });
    const [, row] = within(table).getAllByRole("row");
    const cells = within(row!)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    // 4 calls of 10, 11, 12 and 30 ms over 2 s, 2 of them refused by the enqueue limit.
    expect(cells.slice(0, 4)).toEqual(["4", "2", "4", "2"]);
    expect(cells[8]).toBe("ENQUEUE_LIMIT 2");
    expect(Number(cells[4])).toBeLessThanOrEqual(Number(cells[5]));
    expect(Number(cells[5])).toBeLessThanOrEqual(Number(cells[6]));

    expect(within(region).getByRole("button", { name: "Export all runs (.zip)" })).toBeEnabled();
    const exportChecked = within(region).getByRole("button", {
      name: "Export checked runs (.zip)",
    });
    expect(exportChecked).toBeDisabled();
    await userEvent.click(
      within(list).getByRole("checkbox", { name: /^Include load test .* in export$/ }),
    );
    expect(exportChecked).toBeEnabled();
    const [kept] = useHistoryStore.getState().loadTests;
    const read = await readHistoryArchive(await useHistoryStore.getState().exportRuns([kept!.id]));
    expect(read.records).toEqual([]);
    expect(read.loadTests).toEqual([kept]);

    await userEvent.click(within(list).getByRole("button", { name: /^Delete load test / }));
    await waitFor(() => expect(screen.queryByRole("list", { name: "Kept load tests" })).toBeNull());
  });
});
