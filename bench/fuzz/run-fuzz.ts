/**
 * The fuzz run: seeded hostile cases against a real gateway in front of a real stand-in Serving,
 * each followed by a valid call. A case fails when a process dies, an answer takes longer than
 * the deadline, or the valid call right after it fails; the chain is then restarted, so the
 * cases after it start from a healthy chain.
 */
import { grpcStatusName } from "../../protocol/grpc-status";
import { FuzzChain } from "./fuzz-chain";
import { checkGoodCall } from "./good-call";
import { makeCase } from "./make-case";
import { sendCase } from "./send-case";
import type { RssMonitor } from "../rss-monitor";
import type { FuzzCase } from "./fuzz-case";
import type { CaseOutcome } from "./send-case";

/** How many cases, from which seed, and the limits a case is held to. */
export interface FuzzOptions {
  cases: number;
  seed: number;
  /** Index of the first case (to replay one case: `first: N, cases: 1`). */
  first?: number;
  /** Slowest acceptable answer, for a case and for the valid call after it. Default 2000. */
  deadlineMs?: number;
  /** Cases in flight at once. Default 4. */
  concurrency?: number;
  /** The run stops after this many failures. Default: never. */
  maxFailures?: number;
  /** A process whose RSS passes this is killed, and the case fails. Default 2048 MiB. */
  rssLimitMb?: number;
  /** Called after each case. */
  onCase?: (index: number, failure: FuzzFailure | undefined) => void;
}

/** One failed case, with what is needed to replay it. */
export interface FuzzFailure {
  index: number;
  family: string;
  name: string;
  reason: string;
  /** What the case itself got back. */
  outcome: string;
  /** The first bytes of its body, in hex. */
  bodyStart: string;
}

/** What a run saw. */
export interface FuzzReport {
  seed: number;
  passed: number;
  failed: number;
  /** Cases not run because the run stopped at maxFailures. */
  notRun: number;
  /** "HTTP status / grpc-status" (or "no answer: …") → count. */
  outcomes: Map<string, number>;
  /** "family: case name" → outcome → count. */
  outcomesByCase: Map<string, Map<string, number>>;
  failures: FuzzFailure[];
  peakRss: { serving: number; gateway: number };
  restarts: number;
  /** Of `seconds`, the time spent restarting the chain after failures. */
  restartSeconds: number;
  seconds: number;
}

/** Returns the label a case's outcome is counted under, e.g. "200 / 3 INVALID_ARGUMENT". */
export function describeOutcome(outcome: CaseOutcome): string {
  if (!outcome.answered) {
    return `no answer: ${outcome.timedOut ? "timed out" : (outcome.error ?? "unknown")}`;
  }
  const status = outcome.reply?.grpcStatus;
  const grpc = status === undefined ? "no grpc-status" : `${status} ${grpcStatusName(status)}`;
  return `${outcome.httpStatus ?? "?"} / ${grpc}`;
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function bodyStart(fuzzCase: FuzzCase): string {
  const first = fuzzCase.body[0]?.subarray(0, 24) ?? Buffer.alloc(0);
  return first.toString("hex").replace(/(..)(?=.)/g, "$1 ");
}

interface CaseResult {
  fuzzCase: FuzzCase;
  label: string;
  /** Why the case failed, or undefined when it passed. */
  reason: string | undefined;
}

/**
 * Runs the cases and returns what was seen. Cases run `concurrency` at a time; when one fails, the
 * others finish, the chain restarts, and each case that failed is run again alone on a fresh
 * chain, so a failure is blamed only on a case that causes it by itself. Rejects only when the
 * chain cannot start at all.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const deadlineMs = options.deadlineMs ?? 2000;
  const first = options.first ?? 0;
  const end = first + options.cases;
  const concurrency = options.concurrency ?? 4;
  const started = performance.now();
  const chain = new FuzzChain((options.rssLimitMb ?? 2048) * 1048576);
  const report: FuzzReport = {
    seed: options.seed,
    passed: 0,
    failed: 0,
    notRun: 0,
    outcomes: new Map(),
    outcomesByCase: new Map(),
    failures: [],
    peakRss: { serving: 0, gateway: 0 },
    restarts: 0,
    restartSeconds: 0,
    seconds: 0,
  };
  const warmUp = async () => {
    // The first call loads lazily created state; it is allowed more time than a case.
    const problem = await checkGoodCall(chain.port, "1.3", 30_000);
    if (problem) {
      throw new Error(`the chain does not answer a valid call before any case: ${problem}`);
    }
  };
  const restart = async () => {
    await chain.restart();
    await warmUp();
  };
  const tryCase = async (index: number): Promise<CaseResult> => {
    const fuzzCase = makeCase(options.seed, index);
    const outcome = await sendCase(fuzzCase, chain.port, deadlineMs);
    const reason =
      (await chain.checkAlive()) ??
      (outcome.timedOut ? `no answer within ${deadlineMs} ms` : undefined) ??
      (await checkGoodCall(chain.port, index % 2 === 0 ? "1.3" : "1.2", deadlineMs)) ??
      (await chain.checkAlive());
    return { fuzzCase, label: describeOutcome(outcome), reason };
  };
  const record = (index: number, { fuzzCase, label, reason }: CaseResult) => {
    count(report.outcomes, label);
    const key = `${fuzzCase.family}: ${fuzzCase.name}`;
    const byCase = report.outcomesByCase.get(key) ?? new Map<string, number>();
    count(byCase, label);
    report.outcomesByCase.set(key, byCase);
    let failure: FuzzFailure | undefined;
    if (reason) {
      failure = {
        index,
        family: fuzzCase.family,
        name: fuzzCase.name,
        reason,
        outcome: label,
        bodyStart: bodyStart(fuzzCase),
      };
      report.failures.push(failure);
      report.failed++;
    } else {
      report.passed++;
    }
    options.onCase?.(index, failure);
  };
  const stopped = () => options.maxFailures !== undefined && report.failed >= options.maxFailures;

  await chain.start();
  try {
    await warmUp();
    let next = first;
    while (next < end && !stopped()) {
      const suspects: number[] = [];
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (suspects.length === 0 && next < end) {
            const index = next++;
            const result = await tryCase(index);
            if (result.reason) {
              suspects.push(index);
            } else {
              record(index, result);
            }
          }
        }),
      );
      if (suspects.length > 0) {
        await restart();
        for (const index of suspects.sort((a, b) => a - b)) {
          if (stopped()) {
            report.notRun++;
            continue;
          }
          const alone = await tryCase(index);
          record(index, alone);
          if (alone.reason && !stopped()) {
            await restart();
          }
        }
      }
    }
    report.notRun += end - next;
  } finally {
    await chain.stop();
    // The high-water mark also counts a peak that fell between two samples.
    const peak = (rss: RssMonitor) => Math.max(rss.peak, rss.highWaterMark);
    report.peakRss = { serving: peak(chain.servingRss), gateway: peak(chain.gatewayRss) };
    report.restarts = chain.restarts;
    report.restartSeconds = chain.restartSeconds;
    report.seconds = (performance.now() - started) / 1000;
  }
  return report;
}
