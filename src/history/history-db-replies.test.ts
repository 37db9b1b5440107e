import { afterEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "./build-run-record";
import { HISTORY_DB_VERSION, HistoryDb } from "./history-db";
import { loadExchange } from "./store-exchange";
import { failedSend, PNG, sampleSend } from "./testing/sample-runs";
import type { RunRecord } from "./history-types";

const opened: HistoryDb[] = [];
let dbCount = 0;
const BIG = 1024 * 1024 * 1024;

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
});

async function openHistory(name: string): Promise<HistoryDb> {
  const db = await HistoryDb.open(name);
  opened.push(db);
  return db;
}

function freshName(): string {
  dbCount += 1;
  return `history-replies-test-${dbCount}`;
}

function done(request: IDBRequest | IDBOpenDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error("request failed"));
  });
}

/** Opens the named database at `version` as raw IndexedDB, creating stores with `upgrade`. */
async function openRaw(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
  if (upgrade) {
    request.onupgradeneeded = () => upgrade(request.result);
  }
  await done(request);
  return request.result;
}

/** Returns every value of one store, read as raw IndexedDB. */
async function readAllRaw(name: string, store: string): Promise<unknown[]> {
  const raw = await openRaw(name);
  const request = raw.transaction(store).objectStore(store).getAll();
  await done(request);
  raw.close();
  return request.result as unknown[];
}

/** Writes values into stores of the named database as raw IndexedDB, bypassing every check. */
async function writeRaw(name: string, writes: [string, unknown][]): Promise<void> {
  const raw = await openRaw(name);
  const tx = raw.transaction(
    writes.map(([store]) => store),
    "readwrite",
  );
  for (const [store, value] of writes) {
    tx.objectStore(store).put(value);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("write failed"));
  });
  raw.close();
}

/** Writes the record as schema version 2 did: the reply inside the body. */
function writeVersion2(record: RunRecord): [string, unknown][] {
  return [
    ["runs", record.summary],
    ["bodies", record.body],
    ...Object.entries(record.blobs).map(([hash, bytes]): [string, unknown] => [
      "blobs",
      { hash, bytes },
    ]),
  ];
}

describe("HistoryDb replies", () => {
  it("reads a run's reply without its draft, and deletes the reply with the run", async () => {
    const name = freshName();
    const db = await openHistory(name);
    const record = await buildRunRecord(sampleSend(1000));
    await db.put(record, BIG);

    const reply = await db.loadReply(record.summary.id);
    expect(reply?.summary).toEqual(record.summary);
    expect(loadExchange(reply!.exchange)).toEqual(sampleSend(1000).exchange);
    // The stored draft does not carry the reply: reading one does not read the other.
    const [storedBody] = await readAllRaw(name, "bodies");
    expect(storedBody).not.toHaveProperty("exchange");
    // The whole run still reads back as one record.
    const whole = await db.load(record.summary.id);
    expect(whole?.body.instances).toEqual(record.body.instances);
    expect(loadExchange(whole!.body.exchange)).toEqual(sampleSend(1000).exchange);

    await db.removeMany([record.summary.id]);
    expect(await db.loadReply(record.summary.id)).toBeUndefined();
    expect(await readAllRaw(name, "exchanges")).toEqual([]);
  });

  it("opens a version 2 database and reads its runs, whose replies are inside their bodies", async () => {
    const name = freshName();
    const old = await buildRunRecord(sampleSend(1000));
    const raw = await openRaw(name, 2, (database) => {
      const runs = database.createObjectStore("runs", { keyPath: "id" });
      runs.createIndex("finishedAt", "finishedAt");
      database.createObjectStore("bodies", { keyPath: "id" });
      database.createObjectStore("blobs", { keyPath: "hash" });
      database.createObjectStore("settings");
      database.createObjectStore("loadTests", { keyPath: "id" });
    });
    raw.close();
    await writeRaw(name, writeVersion2(old));

    expect(HISTORY_DB_VERSION).toBeGreaterThan(2);
    const db = await openHistory(name);
    const newer = await buildRunRecord(failedSend(2000));
    await db.put(newer, BIG);
    expect((await db.list()).runs.map((r) => r.id)).toEqual([newer.summary.id, old.summary.id]);
    expect(loadExchange((await db.loadReply(old.summary.id))!.exchange)).toEqual(
      sampleSend(1000).exchange,
    );
    expect((await db.load(old.summary.id))?.body.instances).toEqual(old.body.instances);
    expect(Object.values((await db.load(old.summary.id))!.blobs)).toEqual([PNG]);
    expect(loadExchange((await db.loadReply(newer.summary.id))!.exchange)).toEqual(
      failedSend(2000).exchange,
    );
  });

  it("refuses a damaged reply with the reason, and the other runs still load", async () => {
    const name = freshName();
    const db = await openHistory(name);
    const damaged = await buildRunRecord(sampleSend(1000));
    const good = await buildRunRecord(sampleSend(2000));
    await db.putMany([damaged, good], BIG);
    await writeRaw(name, [["exchanges", { id: damaged.summary.id, exchange: { result: 3 } }]]);

    await expect(db.loadReply(damaged.summary.id)).rejects.toThrow(/exchange has no result/);
    await expect(db.load(damaged.summary.id)).rejects.toThrow(/exchange has no result/);
    const { runs, skipped } = await db.list();
    expect(skipped).toBe(0);
    expect(runs).toHaveLength(2);
    expect(loadExchange((await db.loadReply(good.summary.id))!.exchange)).toEqual(
      sampleSend(2000).exchange,
    );
  });
});
