import { afterEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "./build-run-record";
import { HistoryDb, HistoryFullError, measureUsage } from "./history-db";
import { HISTORY_FORMAT } from "./history-types";
import { makeSeedRecords } from "./seed-history";
import { loadExchange } from "./store-exchange";
import { failedSend, PNG, sampleSend } from "./testing/sample-runs";

const opened: HistoryDb[] = [];
let dbCount = 0;

async function openFresh(): Promise<{ db: HistoryDb; name: string }> {
  dbCount += 1;
  const name = `history-test-${dbCount}`;
  const db = await HistoryDb.open(name);
  opened.push(db);
  return { db, name };
}

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
});

const BIG = 1024 * 1024 * 1024;

/** Writes a raw value into one store of the named database, bypassing every check. */
async function writeRaw(name: string, store: string, value: unknown): Promise<void> {
  const request = indexedDB.open(name);
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("open failed"));
  });
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(store, "readwrite");
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("write failed"));
  });
  raw.close();
}

describe("HistoryDb", () => {
  it("records runs and lists them newest first, reading every output back exactly", async () => {
    const { db } = await openFresh();
    const first = await buildRunRecord(sampleSend(1000));
    const second = await buildRunRecord(failedSend(2000));
    await db.put(first, BIG);
    await db.put(second, BIG);

    const { runs, skipped } = await db.list();
    expect(skipped).toBe(0);
    expect(runs.map((r) => r.id)).toEqual([second.summary.id, first.summary.id]);
    expect(runs[0]).toMatchObject({
      method: "add_cast",
      outcome: "failed",
      cause: "not-available",
    });
    expect(runs[1]).toMatchObject({
      servable: "add",
      method: "add_common",
      instanceCount: 2,
      outcome: "partial",
      elapsedMs: 12.5,
      transport: "grpc-web",
      wire: "1.3",
    });

    const loaded = await db.load(first.summary.id);
    expect(loaded?.body.instances).toEqual(sampleSend(1000).instances);
    const exchange = loadExchange(loaded!.body.exchange);
    expect(exchange).toEqual(sampleSend(1000).exchange);
    const result = exchange.result;
    if (!result.ok || !result.instances[0] || !("outputs" in result.instances[0])) {
      throw new Error("expected outputs");
    }
    const { big, y, n } = result.instances[0].outputs;
    expect(big?.kind === "tensor" && Array.from(big.data as BigInt64Array)).toEqual([
      -(2n ** 63n),
      2n ** 62n + 1n,
    ]);
    expect(y?.kind === "tensor" && y.dtype).toBe("float16");
    expect(n).toEqual({ kind: "scalar", dtype: "uint64", shape: [1], value: 2n ** 64n - 1n });
  });

  it("keeps header names only, never their values", async () => {
    const { db } = await openFresh();
    const record = await buildRunRecord(sampleSend(1000));
    await db.put(record, BIG);
    const loaded = await db.load(record.summary.id);
    expect(loaded?.body.connection.metadataNames).toEqual(["authorization"]);
    expect(JSON.stringify(loaded?.body)).not.toContain("secret-token");
  });

  it("stores a file once per content hash and only the files the draft references", async () => {
    const { db } = await openFresh();
    const a = await buildRunRecord(sampleSend(1000));
    const b = await buildRunRecord(sampleSend(2000));
    expect(Object.keys(a.blobs)).toHaveLength(1);
    expect(a.summary.files).toEqual(b.summary.files);
    await db.put(a, BIG);
    await db.put(b, BIG);
    const { runs } = await db.list();
    expect(measureUsage(runs)).toBe(a.summary.bodyBytes + b.summary.bodyBytes + PNG.length);
    const [hash] = Object.keys(a.blobs);
    expect((await db.load(b.summary.id))?.blobs[hash!]).toEqual(PNG);
  });

  it("pins with a name, unpins, and deletes a run with the files no other run uses", async () => {
    const { db } = await openFresh();
    const shared = await buildRunRecord(sampleSend(1000));
    const other = await buildRunRecord(sampleSend(2000, "add_common", Uint8Array.of(9, 9)));
    await db.put(shared, BIG);
    await db.put(other, BIG);
    await db.setPinned(shared.summary.id, true, "  baseline  ");
    expect((await db.list()).runs[1]).toMatchObject({ pinned: true, pinName: "baseline" });
    await db.setPinned(shared.summary.id, false);
    expect((await db.list()).runs[1]).toMatchObject({ pinned: false });
    expect((await db.list()).runs[1]?.pinName).toBeUndefined();

    await db.removeMany([other.summary.id]);
    const { runs } = await db.list();
    expect(runs.map((r) => r.id)).toEqual([shared.summary.id]);
    expect(measureUsage(runs)).toBe(shared.summary.bodyBytes + PNG.length);
    expect(await db.load(other.summary.id)).toBeUndefined();
    expect(Object.values((await db.load(shared.summary.id))!.blobs)).toEqual([PNG]);
  });

  it("evicts the oldest unpinned runs beyond the budget and never a pinned one", async () => {
    const { db } = await openFresh();
    const records = await makeSeedRecords(6, 100_000);
    await db.putMany(records, BIG);
    await db.setPinned(records[0]!.summary.id, true);
    const perRun = records[5]!.summary.bodyBytes;
    const budget = perRun * 3 + perRun / 2;
    const outcome = await db.put(await buildRunRecord(sampleSend(200_000)), budget + 1e6);
    expect(outcome).toEqual({ evicted: 0, quotaExceeded: false });

    const evicted = await db.enforceBudget(budget);
    const { runs } = await db.list();
    expect(measureUsage(runs)).toBeLessThanOrEqual(budget);
    // The pinned oldest stays; the unpinned go oldest first.
    expect(runs.map((r) => r.finishedAt)).toEqual([
      ...runs.filter((r) => !r.pinned).map((r) => r.finishedAt),
      100_000 - 5000,
    ]);
    expect(evicted).toBe(7 - runs.length);
    expect(runs.some((r) => r.finishedAt === 100_000 - 4000)).toBe(false);
  });

  it("answers a full quota by evicting the oldest unpinned run and writing again", async () => {
    const { db } = await openFresh();
    const [old, newer] = await makeSeedRecords(2, 50_000);
    await db.putMany([old!, newer!], BIG);
    const put = IDBObjectStore.prototype.put;
    let refusals = 1;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (this.name === "bodies" && refusals > 0) {
        refusals -= 1;
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return put.apply(this, args);
    };
    try {
      const record = await buildRunRecord(sampleSend(60_000));
      const outcome = await db.put(record, BIG);
      expect(outcome).toEqual({ evicted: 1, quotaExceeded: true });
      const ids = (await db.list()).runs.map((r) => r.id);
      expect(ids).toEqual([record.summary.id, newer!.summary.id]);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it("reports a full quota when every run is pinned, keeping what was stored", async () => {
    const { db } = await openFresh();
    const [kept] = await makeSeedRecords(1, 50_000);
    await db.put(kept!, BIG);
    await db.setPinned(kept!.summary.id, true);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (this.name === "bodies") {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return put.apply(this, args);
    };
    try {
      await expect(db.put(await buildRunRecord(sampleSend(60_000)), BIG)).rejects.toBeInstanceOf(
        HistoryFullError,
      );
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await db.list()).runs.map((r) => r.id)).toEqual([kept!.summary.id]);
  });

  it("skips corrupt records and records of another format, and still lists the others", async () => {
    const { db, name } = await openFresh();
    const good = await buildRunRecord(sampleSend(1000));
    await db.put(good, BIG);
    await writeRaw(name, "runs", { id: "broken", format: HISTORY_FORMAT, servable: 7 });
    await writeRaw(name, "runs", { ...good.summary, id: "older", format: 0 });
    await writeRaw(name, "runs", { ...good.summary, id: "no-body", finishedAt: 5 });
    const { runs, skipped } = await db.list();
    expect(skipped).toBe(2);
    expect(runs.map((r) => r.id)).toEqual([good.summary.id, "no-body"]);
    await expect(db.load("no-body")).rejects.toThrow(/unreadable: not a record/);
    await writeRaw(name, "bodies", { ...good.body, id: "no-body", exchange: { result: 3 } });
    await expect(db.load("no-body")).rejects.toThrow(/exchange has no result/);
    expect((await db.load(good.summary.id))?.summary).toEqual(good.summary);
  });

  it("keeps the budget setting, 200 MB until one is set", async () => {
    const { db } = await openFresh();
    expect(await db.readBudget()).toBe(200_000_000);
    await db.writeBudget(5 * 1024 * 1024);
    expect(await db.readBudget()).toBe(5 * 1024 * 1024);
  });
});
