import { beforeEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "../history/build-run-record";
import { HistoryDb } from "../history/history-db";
import { PNG, sampleSend } from "../history/testing/sample-runs";
import { useCodeExportStore } from "./code-export-store";
import { useConnectionStore } from "./connection-store";
import { copyRunAsCode } from "./copy-run-as-code";
import { describeDraftChangeToken } from "./draft-change-token";
import { captureDraft, undoLastStep } from "./draft-steps";
import { useFilesStore } from "./files-store";
import { restoreRunById, showRun } from "./history-actions";
import { switchHistoryDatabase, useHistoryStore } from "./history-store";
import { useInstancesStore } from "./instances-store";
import { useRunInputsStore } from "./run-inputs-store";
import { useRunsStore } from "./runs-store";

let count = 0;
let name = "";

beforeEach(async () => {
  count += 1;
  name = `history-actions-${count}`;
  await switchHistoryDatabase(name);
});

/** Stores a recorded send of add · add_common (a tensor and a cat photo) and lists it. */
async function storeRun(finishedAt: number): Promise<string> {
  const record = await buildRunRecord(sampleSend(finishedAt));
  const db = await HistoryDb.open(name);
  await db.putMany([record], Number.MAX_SAFE_INTEGER);
  db.close();
  await useHistoryStore.getState().load();
  return record.summary.id;
}

function isStale(): boolean {
  const run = useRunInputsStore.getState().run;
  return run !== undefined && run.token !== describeDraftChangeToken();
}

describe("history actions", { timeout: 60_000 }, () => {
  it("show a past run with that run's inputs and time, stale until its draft is on screen", async () => {
    const id = await storeRun(Date.UTC(2026, 0, 1, 14, 2, 11));
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    // A send of another draft had recorded its own inputs.
    useRunInputsStore
      .getState()
      .record(useInstancesStore.getState().instances, {}, useConnectionStore.getState().inputs);

    expect(await showRun(id)).toBe(true);
    const run = useRunInputsStore.getState().run!;
    expect(run.sentAt).toBe(sampleSend(Date.UTC(2026, 0, 1, 14, 2, 11)).startedAt);
    expect(run.inputNames).toEqual(["x1", "photo"]);
    expect(run.instances).toHaveLength(2);
    const [first, second] = run.instances;
    expect(first!.inputs.map((input) => input.kind)).toEqual(["tensor", "image"]);
    const photo = first!.inputs.find((input) => input.kind === "image");
    expect(photo).toMatchObject({ fileName: "cat.png", fileId: "f1", type: "image/png" });
    expect(photo?.kind === "image" && photo.bytes).toEqual(PNG);
    expect(second!.inputs).toEqual([{ kind: "value", name: "x1", text: "12345678901234567890" }]);
    expect(useRunsStore.getState()).toMatchObject({ status: "done", instanceCount: 2 });
    // The draft on screen is resnet50's: the results are not of it.
    expect(isStale()).toBe(true);

    expect(await restoreRunById(id)).toBe(true);
    expect(await showRun(id)).toBe(true);
    expect(isStale()).toBe(false);
    useInstancesStore.getState().add(useConnectionStore.getState().inputs);
    expect(isStale()).toBe(true);
  });

  it("restore a run as one undoable step: Undo gives the previous draft back", async () => {
    const id = await storeRun(5000);
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    useInstancesStore.getState().add(useConnectionStore.getState().inputs);
    const before = captureDraft();

    expect(await restoreRunById(id)).toBe(true);
    expect(useConnectionStore.getState().method).toBe("add_common");
    expect(useInstancesStore.getState().instances).toEqual(sampleSend(0).instances);
    expect(useFilesStore.getState().files.f1).toEqual(PNG);

    expect(undoLastStep()?.kind).toBe("draft-restored");
    expect(captureDraft()).toEqual(before);
  });

  it("open Copy as code with the run's target, wire, instances and files", async () => {
    const id = await storeRun(5000);
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    expect(await copyRunAsCode(id)).toBe(true);
    const source = useCodeExportStore.getState().source!;
    expect(source.target).toEqual({ servable: "add", method: "add_common", version: "0" });
    // The run was sent with Auto, which answered in the 1.3 layout.
    expect(source.wire).toBe("1.3");
    expect(source.transport).toBe("grpc-web");
    expect(source.instances).toEqual(sampleSend(0).instances);
    expect(source.files).toEqual({ f1: PNG });
    // The draft on screen is untouched.
    expect(useConnectionStore.getState().servable).toBe("resnet50");
  });
});
