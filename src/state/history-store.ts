/**
 * The run history as the panel shows it: the listed runs, space in use, the budget, notices, and
 * the actions on records (record, pin, delete, export, import). Records live in IndexedDB
 * (`src/history/`); a failure there is reported here and never reaches the send or the draft.
 */
import { create } from "zustand";
import { describeError } from "../../shared/describe-value";
import { buildRunRecord, type SentRun } from "../history/build-run-record";
import {
  DEFAULT_BUDGET_BYTES,
  HISTORY_DB_NAME,
  HistoryDb,
  HistoryFullError,
  measureUsage,
  type RunReply,
} from "../history/history-db";
import { HISTORY_LOAD_MARK } from "../history/history-load-mark";
import { buildLoadTestEntry, type LoadTestEntry } from "../history/load-test-entry";
import type { RunRecord, RunSummary } from "../history/history-types";
import type { LoadTestRecord } from "../load-test/load-test-record";

/** Smallest and largest budget the panel accepts, in MB. */
export const BUDGET_LIMITS_MB = { min: 1, max: 100_000 } as const;

/** What the panel tells the user about the history; the panel words it. */
export type HistoryNotice =
  | { kind: "unavailable"; reason: string }
  | { kind: "record-failed"; reason: string }
  | { kind: "quota-evicted"; count: number }
  | { kind: "history-full" }
  | { kind: "load-failed"; reason: string }
  | { kind: "import-done"; count: number; skipped: string[] }
  | { kind: "import-failed"; reason: string }
  | { kind: "compare-mismatch" };

interface HistoryState {
  /** "loading" until the first listing; "unavailable" when IndexedDB cannot be opened. */
  status: "loading" | "ready" | "unavailable";
  /** Readable runs, newest first. */
  runs: RunSummary[];
  /** Kept load tests, newest first. */
  loadTests: LoadTestEntry[];
  /** Stored records (runs and load tests) that could not be read (damaged, or of another format). */
  skipped: number;
  usageBytes: number;
  budgetBytes: number;
  notice?: HistoryNotice;
  /** The run shown in the results view. */
  selectedId?: string;
  /** The first run picked for a comparison. */
  compareFirstId?: string;
}

interface HistoryActions {
  /** Reads the list and the budget. */
  load(): Promise<void>;
  /** Records a send in the background; never throws, reports failures as a notice. */
  record(run: SentRun): void;
  /** Resolves with the whole run; undefined (and a notice) when it cannot be read. */
  loadRecord(id: string): Promise<RunRecord | undefined>;
  /** Resolves with the run's summary and reply only; undefined (and a notice) when unreadable. */
  loadReply(id: string): Promise<RunReply | undefined>;
  remove(id: string): Promise<void>;
  /** Pins the run (never evicted), with an optional name. */
  pin(id: string, name?: string): Promise<void>;
  unpin(id: string): Promise<void>;
  /** Stores the budget and evicts beyond it; `mb` must be within BUDGET_LIMITS_MB. */
  setBudgetMb(mb: number): Promise<void>;
  /** Resolves with the archive bytes of the runs (all when no ids are given). */
  exportRuns(ids?: readonly string[]): Promise<Uint8Array>;
  /** Adds the runs of an archive. */
  importArchive(bytes: Uint8Array): Promise<void>;
  select(id: string | undefined): void;
  setCompareFirst(id: string | undefined): void;
  showNotice(notice: HistoryNotice | undefined): void;
  /** Keeps a finished or stopped load test in the history; resolves with whether it was stored. */
  keepLoadTest(record: LoadTestRecord): Promise<boolean>;
  removeLoadTest(id: string): Promise<void>;
}

let opening: Promise<HistoryDb> | undefined;
let databaseName = HISTORY_DB_NAME;

function database(): Promise<HistoryDb> {
  opening ??= HistoryDb.open(databaseName);
  return opening;
}

/** Points the store at another database (tests use a fresh one each); closes the current one. */
export async function switchHistoryDatabase(name: string): Promise<void> {
  const current = opening;
  opening = undefined;
  databaseName = name;
  if (current) {
    (await current.catch(() => undefined))?.close();
  }
}

/** Returns the state before the history is read. */
export function initialHistory(): HistoryState {
  return {
    status: "loading",
    runs: [],
    loadTests: [],
    skipped: 0,
    usageBytes: 0,
    budgetBytes: DEFAULT_BUDGET_BYTES,
    notice: undefined,
    selectedId: undefined,
    compareFirstId: undefined,
  };
}

/** The history store. */
export const useHistoryStore = create<HistoryState & HistoryActions>()((set, get) => {
  const refresh = async (db: HistoryDb): Promise<void> => {
    const [{ runs, skipped }, kept] = await Promise.all([db.list(), db.listLoadTests()]);
    const ids = new Set(runs.map((r) => r.id));
    set((s) => ({
      status: "ready",
      runs,
      loadTests: kept.loadTests,
      skipped: skipped + kept.skipped,
      usageBytes: measureUsage(runs),
      selectedId: s.selectedId && ids.has(s.selectedId) ? s.selectedId : undefined,
      compareFirstId: s.compareFirstId && ids.has(s.compareFirstId) ? s.compareFirstId : undefined,
    }));
  };
  // Runs an operation on the database; a failure becomes a notice, never an exception.
  const attempt = async (
    work: (db: HistoryDb) => Promise<void>,
    onError: (reason: string, error: unknown) => HistoryNotice,
  ): Promise<void> => {
    try {
      const db = await database();
      await work(db);
    } catch (error) {
      set({ notice: onError(describeError(error), error) });
    }
  };
  return {
    ...initialHistory(),
    load: async () => {
      // The browser benchmark times the History panel from here to its first rows.
      performance.mark(HISTORY_LOAD_MARK);
      try {
        const db = await database();
        // Read together: the list need not wait for the budget.
        const [budgetBytes] = await Promise.all([db.readBudget(), refresh(db)]);
        set({ budgetBytes });
      } catch (error) {
        set({
          status: "unavailable",
          notice: { kind: "unavailable", reason: describeError(error) },
        });
      }
    },
    record: (run) => {
      void attempt(
        async (db) => {
          const record = await buildRunRecord(run);
          const outcome = await db.put(record, await db.readBudget());
          await refresh(db);
          if (outcome.quotaExceeded) {
            set({ notice: { kind: "quota-evicted", count: outcome.evicted } });
          }
        },
        (reason, error) =>
          error instanceof HistoryFullError
            ? { kind: "history-full" }
            : { kind: "record-failed", reason },
      );
    },
    loadRecord: async (id) => {
      let record: RunRecord | undefined;
      await attempt(
        async (db) => {
          record = await db.load(id);
        },
        (reason) => ({ kind: "load-failed", reason }),
      );
      return record;
    },
    loadReply: async (id) => {
      let reply: RunReply | undefined;
      await attempt(
        async (db) => {
          reply = await db.loadReply(id);
        },
        (reason) => ({ kind: "load-failed", reason }),
      );
      return reply;
    },
    remove: (id) =>
      attempt(
        async (db) => {
          await db.removeMany([id]);
          await refresh(db);
        },
        (reason) => ({ kind: "record-failed", reason }),
      ),
    pin: (id, name) =>
      attempt(
        async (db) => {
          await db.setPinned(id, true, name);
          await refresh(db);
        },
        (reason) => ({ kind: "record-failed", reason }),
      ),
    unpin: (id) =>
      attempt(
        async (db) => {
          await db.setPinned(id, false);
          await db.enforceBudget(get().budgetBytes);
          await refresh(db);
        },
        (reason) => ({ kind: "record-failed", reason }),
      ),
    setBudgetMb: (mb) => {
      if (!(mb >= BUDGET_LIMITS_MB.min && mb <= BUDGET_LIMITS_MB.max)) {
        return Promise.reject(
          new RangeError(`the budget must be ${BUDGET_LIMITS_MB.min}–${BUDGET_LIMITS_MB.max} MB`),
        );
      }
      const bytes = Math.round(mb * 1_000_000);
      return attempt(
        async (db) => {
          await db.writeBudget(bytes);
          set({ budgetBytes: bytes });
          await db.enforceBudget(bytes);
          await refresh(db);
        },
        (reason) => ({ kind: "record-failed", reason }),
      );
    },
    exportRuns: async (ids) => {
      const db = await database();
      const wanted = ids ? new Set(ids) : undefined;
      const records: RunRecord[] = [];
      for (const run of get().runs) {
        if (!wanted || wanted.has(run.id)) {
          const record = await db.load(run.id);
          if (record) {
            records.push(record);
          }
        }
      }
      const loadTests = get().loadTests.filter((entry) => !wanted || wanted.has(entry.id));
      // The zip writer (fflate) loads on first export, off the initial bundle.
      const { writeHistoryArchive } = await import("../history/history-archive");
      return writeHistoryArchive(records, new Date(), loadTests);
    },
    importArchive: (bytes) =>
      attempt(
        async (db) => {
          const { readHistoryArchive } = await import("../history/history-archive");
          const { records, loadTests, skipped } = await readHistoryArchive(bytes);
          await db.putMany(records, await db.readBudget());
          await db.putLoadTests(...loadTests);
          await refresh(db);
          set({
            notice: { kind: "import-done", count: records.length + loadTests.length, skipped },
          });
        },
        (reason) => ({ kind: "import-failed", reason }),
      ),
    select: (id) => set({ selectedId: id }),
    setCompareFirst: (id) => set({ compareFirstId: id }),
    showNotice: (notice) => set({ notice }),
    keepLoadTest: async (record) => {
      let kept = false;
      await attempt(
        async (db) => {
          await db.putLoadTests(buildLoadTestEntry(record, crypto.randomUUID()));
          await refresh(db);
          kept = true;
        },
        (reason) => ({ kind: "record-failed", reason }),
      );
      return kept;
    },
    removeLoadTest: (id) =>
      attempt(
        async (db) => {
          await db.removeLoadTest(id);
          await refresh(db);
        },
        (reason) => ({ kind: "record-failed", reason }),
      ),
  };
});

declare global {
  interface Window {
    /** Development and benchmark builds only: adds `count` synthetic runs to the history. */
    __servingConsoleSeedHistory?: (count: number) => Promise<void>;
  }
}

// The browser benchmark fills the history through this; production builds leave it out.
if (typeof window !== "undefined" && (import.meta.env.DEV || import.meta.env.MODE === "bench")) {
  window.__servingConsoleSeedHistory = async (count) => {
    const db = await database();
    const { makeSeedRecords } = await import("../history/seed-history");
    await db.putMany(await makeSeedRecords(count), Number.MAX_SAFE_INTEGER);
    await useHistoryStore.getState().load();
  };
}
