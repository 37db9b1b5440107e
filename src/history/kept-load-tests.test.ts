import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { buildRunRecord } from "./build-run-record";
import { readHistoryArchive, writeHistoryArchive } from "./history-archive";
import { HistoryDb } from "./history-db";
import { buildLoadTestEntry } from "./load-test-entry";
import { loadExchange } from "./store-exchange";
import { sampleLoadTest } from "./testing/sample-load-test";
import { sampleSend } from "./testing/sample-runs";

const opened: HistoryDb[] = [];
let count = 0;

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
});

async function open(name: string): Promise<HistoryDb> {
  const db = await HistoryDb.open(name);
  opened.push(db);
  return db;
}

function fresh(prefix: string): string {
  count += 1;
  return `${prefix}-${count}`;
}

/** Creates a database as the first schema version laid it out, holding one run. */
async function createVersion1(name: string, record: Awaited<ReturnType<typeof buildRunRecord>>) {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    const runs = db.createObjectStore("runs", { keyPath: "id" });
    runs.createIndex("finishedAt", "finishedAt");
    db.createObjectStore("bodies", { keyPath: "id" });
    db.createObjectStore("blobs", { keyPath: "hash" });
    db.createObjectStore("settings");
  };
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("open failed"));
  });
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(["runs", "bodies", "blobs"], "readwrite");
    tx.objectStore("runs").put(record.summary);
    tx.objectStore("bodies").put(record.body);
    for (const [hash, bytes] of Object.entries(record.blobs)) {
      tx.objectStore("blobs").put({ hash, bytes });
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("write failed"));
  });
  raw.close();
}

describe("kept load tests in the history database", () => {
  it("opens a database of the first version with its runs intact, then keeps load tests", async () => {
    const name = fresh("kept-load-v1");
    const run = await buildRunRecord(sampleSend(1000));
    await createVersion1(name, run);

    const db = await open(name);
    const { runs, skipped } = await db.list();
    expect(skipped).toBe(0);
    expect(runs).toEqual([run.summary]);
    const loaded = await db.load(run.summary.id);
    expect(loaded?.summary).toEqual(run.summary);
    expect(loaded?.body.instances).toEqual(run.body.instances);
    expect(loadExchange(loaded!.body.exchange)).toEqual(sampleSend(1000).exchange);
    expect(Object.keys(loaded!.blobs)).toEqual(Object.values(run.body.fileHashes));
    expect(await db.listLoadTests()).toEqual({ loadTests: [], skipped: 0 });

    const older = buildLoadTestEntry(sampleLoadTest(5000), "older");
    const newer = buildLoadTestEntry(sampleLoadTest(9000), "newer");
    await db.putLoadTests(older, newer);
    const listed = await db.listLoadTests();
    expect(listed.loadTests.map((e) => e.id)).toEqual(["newer", "older"]);
    expect(listed.loadTests[1]).toEqual(older);

    await db.removeLoadTest("newer");
    expect((await db.listLoadTests()).loadTests.map((e) => e.id)).toEqual(["older"]);
    expect((await db.list()).runs).toHaveLength(1);
  });

  it("skips a damaged stored load test and lists the others", async () => {
    const db = await open(fresh("kept-load-damaged"));
    const good = buildLoadTestEntry(sampleLoadTest(5000), "good");
    await db.putLoadTests(good, {
      ...good,
      id: "bad",
      record: { ...good.record, cells: 3 },
    } as never);
    expect(await db.listLoadTests()).toEqual({ loadTests: [good], skipped: 1 });
  });
});

describe("kept load tests in history archives", () => {
  it("export and import them beside the runs", async () => {
    const run = await buildRunRecord(sampleSend(1000));
    const entry = buildLoadTestEntry(sampleLoadTest(2000), "lt");
    const zip = writeHistoryArchive([run], new Date(3000), [entry]);
    const read = await readHistoryArchive(zip);
    expect(read.skipped).toEqual([]);
    expect(read.loadTests).toEqual([entry]);
    expect(read.records).toHaveLength(1);
  });

  it("read archives without load tests, and skip a damaged one naming why", async () => {
    const run = await buildRunRecord(sampleSend(1000));
    expect((await readHistoryArchive(writeHistoryArchive([run]))).loadTests).toEqual([]);

    const entry = buildLoadTestEntry(sampleLoadTest(2000), "lt");
    const members = unzipSync(writeHistoryArchive([run], new Date(3000), [entry]));
    const manifest = JSON.parse(strFromU8(members["manifest.json"]!)) as { loadTests: unknown[] };
    manifest.loadTests.push({ ...entry, id: "broken", startedAt: "yesterday" });
    members["manifest.json"] = strToU8(JSON.stringify(manifest));
    const read = await readHistoryArchive(zipSync(members));
    expect(read.loadTests).toEqual([entry]);
    expect(read.skipped).toEqual(["load test 1: startedAt is not a number"]);
  });
});
