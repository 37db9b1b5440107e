import { setTimeout as sleep } from "node:timers/promises";
import { grpcStatusName } from "../protocol/grpc-status";
import { createUniformRandom } from "../server/serving/onnx/seeded-random";
import { startGatewayChild, startServingChild } from "./child-server";
import { createGrpcWebCall, GrpcWebCallError } from "./grpc-web-caller";
import { createAbortingCall } from "./load/abort-mid-body";
import { parseLoadFlags } from "./load/load-flags";
import {
  ABORTED,
  formatGoals,
  formatLatencyTable,
  formatMessageTable,
  formatRssTable,
  formatStatusTable,
} from "./load/load-report";
import { MemoryLog } from "./load/memory-log";
import { encodeAddRequest, encodeImageRequest } from "./predict-messages";
import { readProcessMemory, RssMonitor } from "./rss-monitor";
import { makeSyntheticPhotos } from "./synthetic-photos";
import type { LoadAnswer, RestartTimes, RssRow } from "./load/load-report";

// npm run bench:load [-- --clients 64 --seconds 60 --settle-seconds 60 --abort-share 0.1
//                       --image-clients 2 --resnet50-model FILE]
// Concurrent gRPC-Web clients through the gateway (binary mode), mixing add_common and 8-image
// resnet50 batches, some aborting mid-body, while the stand-in Serving (a child process, like the
// gateway) is killed and restarted on the same port halfway through; the load goes on at least 10 s
// after it is back. Clients back off 100 ms after UNAVAILABLE. Prints latency, answers by gRPC
// status around the restart, and the RSS of both processes, then whether the goals were met.

let flags: ReturnType<typeof parseLoadFlags>;
try {
  flags = parseLoadFlags();
} catch (error) {
  console.error(`bench:load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
/** A call still unanswered this long after the load is counted as no answer. */
const CALL_LIMIT_MS = 120_000;
/** After Serving is ready again, answers this long are still counted as part of the restart. */
const RESTART_GRACE_MS = 2000;
/** The load goes on at least this long after Serving is back, so recovery is measured too. */
const AFTER_RESTART_MS = 10_000;
/** A client waits this long after UNAVAILABLE before its next call, as gRPC clients back off. */
const BACKOFF_MS = 100;
/** Rest after the warm-up: the servers' idle collection runs 5 s after their last call. */
const IDLE_COLLECTION_MS = 7000;

const modelArgs = flags.resnet50Model ? ["--resnet50-model", flags.resnet50Model] : [];
const addBody = encodeAddRequest();
const imageBody = encodeImageRequest(await makeSyntheticPhotos(8), 8);
let serving = await startServingChild(0, modelArgs);
const servingPort = Number(serving.address.split(":").pop());
// The probe prints the gateway's own memoryUsage(), so the JS heap, Buffers and what the
// allocator keeps can be told apart.
const gatewayMemory = new MemoryLog();
const gateway = await startGatewayChild(serving.address, {
  nodeArgs: ["--import", "./bench/load/memory-probe.ts"],
  onLine: gatewayMemory.onLine,
});
const gatewayUrl = gateway.address;
const servingRss = new RssMonitor(() => serving.pid, 200);
const gatewayRss = new RssMonitor(() => gateway.pid, 200);

await sleep(500);
gatewayMemory.mark("ready, no call yet");
// One call of each kind first, so model sessions and connections exist before the clock starts.
await createGrpcWebCall(gatewayUrl, addBody, false)();
await createGrpcWebCall(gatewayUrl, imageBody, false)();
await sleep(500);
gatewayMemory.mark("after one call of each kind (cold start)");
const coldStart = {
  gateway: readProcessMemory(gateway.pid),
  serving: readProcessMemory(serving.pid),
};
if (flags.warmupSeconds > 0) {
  // A short burst of the same mix loads and compiles the code of every path and sizes the
  // allocator's pools, which a process does once; the rest lets the idle collection run, so the
  // start is a warmed process at rest.
  await warmUp(flags.warmupSeconds * 1000);
  await sleep(IDLE_COLLECTION_MS);
  gatewayMemory.mark(`after a ${flags.warmupSeconds} s warm-up and rest (start)`);
}
gatewayMemory.resetPeak();
servingRss.begin();
gatewayRss.begin();

const answers: LoadAnswer[] = [];
const started = performance.now();
const since = () => performance.now() - started;
const halfway = (flags.seconds * 1000) / 2;
/** Clients keep calling until this time, which is known once Serving is back. */
let stopAt = Infinity;

/** Returns the status name a rejected call ended with. */
function describeFailure(error: unknown): string {
  if (error instanceof GrpcWebCallError) {
    return error.grpcStatus === undefined ? "no grpc-status" : grpcStatusName(error.grpcStatus);
  }
  const code = (error as NodeJS.ErrnoException).code;
  return `no answer (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** Returns the status the call ended with after recording it. */
async function timed(kind: string, call: () => Promise<void>): Promise<string> {
  const t = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${CALL_LIMIT_MS} ms`)),
      CALL_LIMIT_MS,
    );
  });
  let status = "OK";
  let message: string | undefined;
  try {
    await Promise.race([call(), limit]);
  } catch (error) {
    status = describeFailure(error);
    message = error instanceof Error ? error.message : String(error);
  }
  clearTimeout(timer);
  answers.push({ kind, status, ms: performance.now() - t, at: since(), message });
  return status;
}

async function client(index: number): Promise<void> {
  const random = createUniformRandom(1000 + index);
  const add = createGrpcWebCall(gatewayUrl, addBody, false);
  const image = createGrpcWebCall(gatewayUrl, imageBody, false);
  const abort = createAbortingCall(gatewayUrl, imageBody);
  while (since() < stopAt) {
    if (random() < flags.abortShare) {
      await abort();
      answers.push({ kind: "aborted mid-body", status: ABORTED, ms: 0, at: since() });
    } else {
      const status =
        index < flags.imageClients
          ? await timed("resnet50 ×8 images", image)
          : await timed("add_common", add);
      if (status === "UNAVAILABLE") {
        await sleep(BACKOFF_MS);
      }
    }
  }
}

/** Runs the load's mix of calls, unrecorded, for `ms`. */
async function warmUp(ms: number): Promise<void> {
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: flags.clients }, async (_, index) => {
      const random = createUniformRandom(5000 + index);
      const call =
        index < flags.imageClients
          ? createGrpcWebCall(gatewayUrl, imageBody, false)
          : createGrpcWebCall(gatewayUrl, addBody, false);
      const abort = createAbortingCall(gatewayUrl, imageBody);
      while (performance.now() < until) {
        await (random() < flags.abortShare ? abort() : call().catch(() => undefined));
      }
    }),
  );
}

async function restartServing(): Promise<RestartTimes> {
  await sleep(halfway);
  const killedAt = since();
  await serving.kill();
  serving = await startServingChild(servingPort, modelArgs);
  const readyAt = since();
  stopAt = Math.max(flags.seconds * 1000, readyAt + AFTER_RESTART_MS);
  return { killedAt, readyAt, windowEnd: readyAt + RESTART_GRACE_MS };
}

const [restart] = await Promise.all([
  restartServing(),
  ...Array.from({ length: flags.clients }, (_, i) => client(i)),
]);
const loadSeconds = since() / 1000;
servingRss.sample();
gatewayRss.sample();
const end = { serving: servingRss.last, gateway: gatewayRss.last };
const peak = { serving: servingRss.peak, gateway: gatewayRss.peak };
gatewayMemory.mark("end of the load");
const peakMemory = gatewayMemory.peak;
let waited = 0;
for (const mark of [2, 10, 30, 60, 120].filter((m) => m < flags.settleSeconds)) {
  await sleep((mark - waited) * 1000);
  waited = mark;
  gatewayMemory.mark(`${mark} s after`);
}
await sleep((flags.settleSeconds - waited) * 1000);
await sleep(300);
gatewayMemory.mark(`${flags.settleSeconds} s after (settled)`);
gatewayMemory.peak = peakMemory;
servingRss.end();
gatewayRss.end();
const rss: RssRow[] = [
  {
    process: "gateway",
    coldStart: coldStart.gateway,
    start: gatewayRss.start,
    peak: peak.gateway,
    end: end.gateway,
    settled: gatewayRss.last,
  },
  {
    process: "stand-in Serving",
    coldStart: coldStart.serving,
    start: servingRss.start,
    peak: peak.serving,
    end: end.serving,
    settled: servingRss.last,
  },
];
await Promise.all([gateway.stop(), serving.stop()]);

const s = (ms: number) => (ms / 1000).toFixed(1);
console.log(
  `${flags.clients} clients for ${flags.seconds} s (ran ${loadSeconds.toFixed(1)} s): ${answers.length} calls;` +
    ` ${Math.round(flags.abortShare * 100)}% abort mid-body, ${flags.imageClients} clients send resnet50 ×8, the others add_common;` +
    ` add_common ${addBody.byteLength} B, resnet50 ×8 ${imageBody.byteLength} B`,
);
console.log(
  `stand-in Serving killed at ${s(restart.killedAt)} s, ready again on port ${servingPort} at ${s(restart.readyAt)} s;` +
    ` answers until ${s(restart.windowEnd)} s count as during the restart`,
);
const firstOk = answers.find((a) => a.status === "OK" && a.at >= restart.readyAt);
console.log(
  firstOk
    ? `first OK answer after Serving was back: at ${s(firstOk.at)} s (${s(firstOk.at - restart.readyAt)} s after)`
    : "no OK answer after Serving was back",
);
console.log(formatLatencyTable(answers.filter((a) => a.status !== ABORTED)));
console.log("");
console.log(formatStatusTable(answers, restart));
console.log("");
console.log(formatMessageTable(answers, restart));
console.log("");
console.log(
  `RSS: cold start = after one call of each kind; start = after a ${flags.warmupSeconds} s warm-up` +
    " of the same mix and the idle collection, before the load (the goal's base);" +
    " the stand-in after the restart is a new process",
);
console.log(formatRssTable(rss, flags.settleSeconds));
console.log("");
console.log(
  "Gateway memory by kind, MiB (from its own process.memoryUsage() and /proc/self/status)",
);
console.log(gatewayMemory.formatTable());
console.log("");
for (const line of formatGoals(answers, restart, rss, flags.settleSeconds)) {
  console.log(line);
}
