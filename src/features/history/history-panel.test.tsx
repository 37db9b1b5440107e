import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "../../history/build-run-record";
import { HistoryDb } from "../../history/history-db";
import { makeSeedRecords } from "../../history/seed-history";
import { sampleSend } from "../../history/testing/sample-runs";
import { useComparisonStore } from "../../state/comparison-store";
import { useConnectionStore } from "../../state/connection-store";
import { switchHistoryDatabase, useHistoryStore } from "../../state/history-store";
import { useInstancesStore } from "../../state/instances-store";
import { useRunsStore } from "../../state/runs-store";
import { HistoryPanel } from "./history-panel";

// IndexedDB work finishes in the background; a busy machine can take more than the default second.
configure({ asyncUtilTimeout: 10_000 });

let count = 0;
let name = "";

beforeEach(async () => {
  count += 1;
  name = `history-panel-${count}`;
  await switchHistoryDatabase(name);
});

async function seed(records: Awaited<ReturnType<typeof makeSeedRecords>>): Promise<void> {
  const db = await HistoryDb.open(name);
  await db.putMany(records, Number.MAX_SAFE_INTEGER);
  db.close();
}

describe("HistoryPanel", { timeout: 60_000 }, () => {
  it("lists runs newest first and filters them by servable and method", async () => {
    await seed(await makeSeedRecords(5, Date.UTC(2026, 0, 1, 14, 2, 11)));
    render(<HistoryPanel />);
    const region = screen.getByRole("region", { name: "History" });
    const shows = await within(region).findAllByRole("button", { name: /^Show run / });
    expect(shows).toHaveLength(5);
    expect(within(region).getAllByText(/^add · add_(common|cast) · latest$/)).toHaveLength(5);
    // Seeded runs alternate add_common and add_cast, the last (newest) being add_common.
    expect(shows[0]).toHaveAccessibleName(/^Show run \d\d:\d\d:\d\d add · add_common$/);
    expect(within(region).getAllByText("1 instance")).toHaveLength(5);

    await userEvent.selectOptions(within(region).getByLabelText("Filter by method"), "add_cast");
    expect(within(region).getAllByRole("button", { name: /^Show run / })).toHaveLength(2);
    expect(within(region).getByText(/MB of 200 MB in use/)).toBeInTheDocument();
  });

  it("records a send and shows, restores, pins and deletes it", async () => {
    render(<HistoryPanel />);
    await screen.findByText(/No runs yet/);
    act(() => useHistoryStore.getState().record(sampleSend(Date.now())));
    const show = await screen.findByRole("button", { name: /^Show run .* add · add_common$/ });
    expect(screen.getByText("Some instances failed")).toBeInTheDocument();
    expect(screen.getByText("2 instances")).toBeInTheDocument();

    await userEvent.click(show);
    await waitFor(() => expect(useRunsStore.getState().exchange?.elapsedMs).toBe(12.5));
    expect(useRunsStore.getState()).toMatchObject({ status: "done", instanceCount: 2 });

    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    await userEvent.click(
      screen.getByRole("button", { name: /^Restore run .* add · add_common$/ }),
    );
    await waitFor(() => expect(useConnectionStore.getState().method).toBe("add_common"));
    expect(useInstancesStore.getState().instances).toEqual(sampleSend(0).instances);

    await userEvent.click(screen.getByRole("button", { name: /^Pin run / }));
    await userEvent.type(screen.getByLabelText(/^Name for pinned run/), "baseline");
    await userEvent.click(screen.getByRole("button", { name: "Save pin" }));
    expect(await screen.findByText(/baseline/)).toBeInTheDocument();
    expect(useHistoryStore.getState().runs[0]).toMatchObject({ pinned: true, pinName: "baseline" });

    await userEvent.click(screen.getByRole("button", { name: /^Delete run / }));
    await screen.findByText(/No runs yet/);
  });

  it("compares two runs of the same method and refuses two different methods", async () => {
    const records = await makeSeedRecords(3, Date.UTC(2026, 0, 1, 14, 2, 11));
    await seed(records);
    render(<HistoryPanel />);
    const compares = await screen.findAllByRole("button", { name: /^Compare run / });
    // Newest first: add_common, add_cast, add_common.
    await userEvent.click(compares[0]!);
    expect(compares[0]).toHaveAttribute("aria-pressed", "true");
    // The first pick lets the comparison views load ahead; picking it again cancels that.
    expect(useComparisonStore.getState().expected).toBe(true);
    await userEvent.click(compares[0]!);
    expect(compares[0]).toHaveAttribute("aria-pressed", "false");
    expect(useComparisonStore.getState().expected).toBe(false);
    await userEvent.click(compares[0]!);
    await userEvent.click(compares[1]!);
    expect(
      await screen.findByText("Compare runs of the same servable and method."),
    ).toBeInTheDocument();
    await userEvent.click(compares[2]!);
    await waitFor(() => expect(useComparisonStore.getState().a).toBeDefined());
    const { a, b } = useComparisonStore.getState();
    expect([a?.id, b?.id]).toEqual([records[2]!.summary.id, records[0]!.summary.id]);
    expect(a).toMatchObject({ servable: "add", method: "add_common" });
    expect(a?.exchange.result.ok).toBe(true);
    expect(useComparisonStore.getState().expected).toBe(false);
  });

  it("notes unreadable records and validates the budget", async () => {
    await seed([await buildRunRecord(sampleSend(5000))]);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = raw.transaction("runs", "readwrite");
      tx.objectStore("runs").put({ id: "old", format: 0 });
      tx.oncomplete = () => resolve();
    });
    raw.close();
    render(<HistoryPanel />);
    expect(
      await screen.findByText(/1 stored run could not be read .* and was skipped/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Show run / })).toHaveLength(1);

    const field = screen.getByLabelText("History budget (MB)");
    fireEvent.change(field, { target: { value: "0" } });
    await userEvent.click(screen.getByRole("button", { name: "Set budget" }));
    expect(screen.getByText(/Enter a number of MB from 1 to/)).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    fireEvent.change(field, { target: { value: "1" } });
    await userEvent.click(screen.getByRole("button", { name: "Set budget" }));
    await waitFor(() => expect(useHistoryStore.getState().budgetBytes).toBe(1_000_000));
  });
});
