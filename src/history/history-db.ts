/**
 * The run history in IndexedDB (through `idb`): summaries, bodies and content-addressed file
 * bytes, kept under a size budget by evicting the oldest unpinned runs, and kept load tests.
 * Schema version 3. Version 1 had no load tests; versions before 3 kept each run's reply inside
 * its body, and such records stay as they are and read as before. From version 3 on, the reply
 * is stored apart (store "exchanges"), so a comparison reads replies without the drafts.
 */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { checkBody, checkExchange, isSummary } from "./check-record";
import { isLoadTestEntry, type LoadTestEntry } from "./load-test-entry";
import { localBytes } from "./local-bytes";
import type { RunBody, RunRecord, RunSummary, StoredExchange } from "./history-types";

/** The database the console keeps its history in. */
export const HISTORY_DB_NAME = "serving-console-history";

/** The schema version; `upgrade` creates every store of it. */
export const HISTORY_DB_VERSION = 3;

/** The budget before the user sets one: 200 MB (1 MB = 1,000,000 bytes, as the file limit counts). */
export const DEFAULT_BUDGET_BYTES = 200_000_000;

/** A body as stored from version 3 on: without its reply, which the "exchanges" store holds. */
type BodyApart = Omit<RunBody, "exchange"> & { exchangeApart: true };

interface HistorySchema extends DBSchema {
  runs: { key: string; value: RunSummary; indexes: { finishedAt: number } };
  bodies: { key: string; value: RunBody | BodyApart };
  exchanges: { key: string; value: { id: string; exchange: StoredExchange } };
  blobs: { key: string; value: { hash: string; bytes: Uint8Array } };
  settings: { key: string; value: unknown };
  loadTests: { key: string; value: LoadTestEntry };
}

type Db = IDBPDatabase<HistorySchema>;

/** Thrown when the browser's storage is full and no unpinned run is left to evict. */
export class HistoryFullError extends Error {
  constructor() {
    super("the browser's storage is full and every remaining run is pinned");
    this.name = "HistoryFullError";
  }
}

/** A run's summary and its reply: what a comparison needs. */
export interface RunReply {
  summary: RunSummary;
  exchange: StoredExchange;
}

/** The listed runs, newest first, and how many stored records could not be read. */
export interface HistoryListing {
  runs: RunSummary[];
  skipped: number;
}

/** What writing a run did besides storing it. */
export interface PutOutcome {
  /** Runs evicted to make room (for the budget or a full quota). */
  evicted: number;
  /** Whether the browser refused a write for lack of space on the way. */
  quotaExceeded: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "name" in error &&
    (error as { name: unknown }).name === "QuotaExceededError"
  );
}

/** Returns the bytes the runs take: their bodies plus each referenced file once. */
export function measureUsage(runs: readonly RunSummary[]): number {
  const files = new Map<string, number>();
  let total = 0;
  for (const run of runs) {
    total += run.bodyBytes;
    for (const file of run.files) {
      files.set(file.hash, file.size);
    }
  }
  for (const size of files.values()) {
    total += size;
  }
  return total;
}

/** Returns the ids of the oldest unpinned runs to drop so the rest fit in the budget. */
export function chooseEvictions(runs: readonly RunSummary[], budgetBytes: number): string[] {
  const oldestFirst = [...runs].sort((a, b) => a.finishedAt - b.finishedAt);
  const kept = new Set(oldestFirst);
  const victims: string[] = [];
  for (const run of oldestFirst) {
    if (measureUsage([...kept]) <= budgetBytes) {
      break;
    }
    if (!run.pinned) {
      kept.delete(run);
      victims.push(run.id);
    }
  }
  return victims;
}

/** An open history database. */
export class HistoryDb {
  private constructor(private readonly db: Db) {}

  /** Opens (creating or upgrading) the history database. */
  static async open(name = HISTORY_DB_NAME): Promise<HistoryDb> {
    const db = await openDB<HistorySchema>(name, HISTORY_DB_VERSION, {
      upgrade(database, oldVersion) {
        // Each version adds its steps below the previous one's; stored records are never rewritten.
        if (oldVersion < 1) {
          const runs = database.createObjectStore("runs", { keyPath: "id" });
          runs.createIndex("finishedAt", "finishedAt");
          database.createObjectStore("bodies", { keyPath: "id" });
          database.createObjectStore("blobs", { keyPath: "hash" });
          database.createObjectStore("settings");
        }
        if (oldVersion < 2) {
          database.createObjectStore("loadTests", { keyPath: "id" });
        }
        if (oldVersion < 3) {
          database.createObjectStore("exchanges", { keyPath: "id" });
        }
      },
    });
    return new HistoryDb(db);
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }

  /** Returns every readable run, newest first; unreadable records are counted, not returned. */
  async list(): Promise<HistoryListing> {
    const stored: unknown[] = await this.db.getAll("runs");
    const runs = stored.filter(isSummary);
    runs.sort((a, b) => b.finishedAt - a.finishedAt);
    return { runs, skipped: stored.length - runs.length };
  }

  /** Returns the whole run; throws an Error naming what is wrong when its record is unreadable. */
  async load(id: string): Promise<RunRecord | undefined> {
    const tx = this.db.transaction(["runs", "bodies", "blobs", "exchanges"]);
    const summary: unknown = await tx.objectStore("runs").get(id);
    if (summary === undefined) {
      return undefined;
    }
    if (!isSummary(summary)) {
      throw new Error("its summary record is unreadable");
    }
    let body: unknown = await tx.objectStore("bodies").get(id);
    if (isObject(body) && body.exchangeApart === true) {
      const apart: unknown = await tx.objectStore("exchanges").get(id);
      const joined: Record<string, unknown> = {
        ...body,
        exchange: isObject(apart) ? apart.exchange : undefined,
      };
      delete joined.exchangeApart;
      body = joined;
    }
    const problem = checkBody(body);
    if (problem !== undefined) {
      throw new Error(`its record is unreadable: ${problem}`);
    }
    const checked = body as RunBody;
    const blobs: Record<string, Uint8Array> = {};
    // Asked for all at once: one file after another would wait a round trip each.
    const hashes = [...new Set(Object.values(checked.fileHashes))];
    const stored = await Promise.all(hashes.map((hash) => tx.objectStore("blobs").get(hash)));
    hashes.forEach((hash, i) => {
      const bytes = localBytes(stored[i]?.bytes);
      if (bytes) {
        blobs[hash] = bytes;
      }
    });
    await tx.done;
    return { summary, body: checked, blobs };
  }

  /**
   * Returns the run's summary and reply without reading its draft or files; throws an Error naming
   * what is wrong when a record is unreadable.
   */
  async loadReply(id: string): Promise<RunReply | undefined> {
    const tx = this.db.transaction(["runs", "bodies", "exchanges"]);
    const summary: unknown = await tx.objectStore("runs").get(id);
    if (summary === undefined) {
      return undefined;
    }
    if (!isSummary(summary)) {
      throw new Error("its summary record is unreadable");
    }
    const apart: unknown = await tx.objectStore("exchanges").get(id);
    let exchange: unknown;
    if (isObject(apart)) {
      exchange = apart.exchange;
    } else {
      // Written before replies were stored apart: the reply is inside the body.
      const body: unknown = await tx.objectStore("bodies").get(id);
      const problem = checkBody(body);
      if (problem !== undefined) {
        throw new Error(`its record is unreadable: ${problem}`);
      }
      exchange = (body as RunBody).exchange;
    }
    const problem = checkExchange(exchange);
    if (problem !== undefined) {
      throw new Error(`its record is unreadable: ${problem}`);
    }
    await tx.done;
    return { summary, exchange: exchange as StoredExchange };
  }

  /**
   * Stores the run, then evicts the oldest unpinned runs beyond the budget. When the browser
   * refuses the write for lack of space, evicts the oldest unpinned run and tries again; throws
   * HistoryFullError when nothing is left to evict.
   */
  async put(record: RunRecord, budgetBytes: number): Promise<PutOutcome> {
    let evicted = 0;
    let quotaExceeded = false;
    for (;;) {
      try {
        await this.write(record);
        break;
      } catch (error) {
        if (!isQuotaError(error)) {
          throw error;
        }
        quotaExceeded = true;
        const { runs } = await this.list();
        const oldest = runs.filter((r) => !r.pinned && r.id !== record.summary.id).at(-1);
        if (!oldest) {
          throw new HistoryFullError();
        }
        await this.removeMany([oldest.id]);
        evicted += 1;
      }
    }
    evicted += await this.enforceBudget(budgetBytes);
    return { evicted, quotaExceeded };
  }

  /**
   * Stores many runs in one transaction (an import, or seeding), then evicts beyond the budget;
   * returns how many runs were evicted.
   */
  async putMany(records: readonly RunRecord[], budgetBytes: number): Promise<number> {
    await this.write(...records);
    return this.enforceBudget(budgetBytes);
  }

  private async write(...records: RunRecord[]): Promise<void> {
    const tx = this.db.transaction(["runs", "bodies", "blobs", "exchanges"], "readwrite");
    const blobs = tx.objectStore("blobs");
    for (const record of records) {
      for (const [hash, bytes] of Object.entries(record.blobs)) {
        if ((await blobs.getKey(hash)) === undefined) {
          await blobs.put({ hash, bytes });
        }
      }
      const { exchange, ...rest } = record.body;
      await tx.objectStore("exchanges").put({ id: record.body.id, exchange });
      await tx.objectStore("bodies").put({ ...rest, exchangeApart: true });
      await tx.objectStore("runs").put(record.summary);
    }
    await tx.done;
  }

  /** Evicts the oldest unpinned runs until the rest fit the budget; returns how many went. */
  async enforceBudget(budgetBytes: number): Promise<number> {
    const { runs } = await this.list();
    const victims = chooseEvictions(runs, budgetBytes);
    await this.removeMany(victims);
    return victims.length;
  }

  /** Deletes the runs and every file no remaining run references. */
  async removeMany(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) {
      return;
    }
    const tx = this.db.transaction(["runs", "bodies", "blobs", "exchanges"], "readwrite");
    const runStore = tx.objectStore("runs");
    const gone = new Set(ids);
    const released = new Set<string>();
    for (const id of ids) {
      const summary: unknown = await runStore.get(id);
      if (isSummary(summary)) {
        summary.files.forEach((f) => released.add(f.hash));
      }
      await runStore.delete(id);
      await tx.objectStore("bodies").delete(id);
      await tx.objectStore("exchanges").delete(id);
    }
    const remaining: unknown[] = await runStore.getAll();
    for (const run of remaining) {
      if (isSummary(run) && !gone.has(run.id)) {
        run.files.forEach((f) => released.delete(f.hash));
      }
    }
    for (const hash of released) {
      await tx.objectStore("blobs").delete(hash);
    }
    await tx.done;
  }

  /** Pins the run under an optional name (pinned runs are never evicted), or unpins it. */
  async setPinned(id: string, pinned: boolean, pinName?: string): Promise<void> {
    const tx = this.db.transaction("runs", "readwrite");
    const summary: unknown = await tx.store.get(id);
    if (isSummary(summary)) {
      const name = pinned ? pinName?.trim() : undefined;
      const updated: RunSummary = { ...summary, pinned };
      delete updated.pinName;
      await tx.store.put(name ? { ...updated, pinName: name } : updated);
    }
    await tx.done;
  }

  /** Returns every readable kept load test, newest first, and how many could not be read. */
  async listLoadTests(): Promise<{ loadTests: LoadTestEntry[]; skipped: number }> {
    const stored: unknown[] = await this.db.getAll("loadTests");
    const loadTests = stored.filter(isLoadTestEntry);
    loadTests.sort((a, b) => b.startedAt - a.startedAt);
    return { loadTests, skipped: stored.length - loadTests.length };
  }

  /** Stores kept load tests (replacing any of the same id) in one transaction. */
  async putLoadTests(...entries: LoadTestEntry[]): Promise<void> {
    const tx = this.db.transaction("loadTests", "readwrite");
    for (const entry of entries) {
      await tx.store.put(entry);
    }
    await tx.done;
  }

  /** Deletes a kept load test. */
  async removeLoadTest(id: string): Promise<void> {
    await this.db.delete("loadTests", id);
  }

  /** Returns the stored budget in bytes, or the default. */
  async readBudget(): Promise<number> {
    const value = await this.db.get("settings", "budgetBytes");
    return typeof value === "number" && value > 0 ? value : DEFAULT_BUDGET_BYTES;
  }

  /** Stores the budget in bytes. */
  async writeBudget(bytes: number): Promise<void> {
    await this.db.put("settings", bytes, "budgetBytes");
  }
}
