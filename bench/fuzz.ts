import { parseArgs } from "node:util";
import { formatFuzzReport } from "./fuzz/format-fuzz-report";
import { runFuzz } from "./fuzz/run-fuzz";

// npm run fuzz [-- --cases 5000 --seed 1 --first 0 --concurrency 4 --max-failures N --deadline-ms 2000
//                  --rss-limit-mb 2048]
// Hostile gRPC-Web requests (mutated frames, protobuf messages, headers, text-mode bodies) against
// the gateway and the stand-in Serving, each started as a child process on a free loopback port.
// Exits 1 when any case failed: a process died, an answer took longer than the deadline, or a valid
// add_common call right after the case failed.

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "5000" },
    seed: { type: "string", default: "1" },
    first: { type: "string", default: "0" },
    concurrency: { type: "string", default: "4" },
    "max-failures": { type: "string" },
    "deadline-ms": { type: "string", default: "2000" },
    "rss-limit-mb": { type: "string", default: "2048" },
  },
});

function wholeNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`fuzz: --${flag} takes a whole number of at least ${min}, not "${text}"`);
    process.exit(2);
  }
  return value;
}

const cases = wholeNumber("cases", values.cases, 1) ?? 5000;
const progressEvery = Math.max(1, Math.round(cases / 10));
let done = 0;
let failed = 0;
const report = await runFuzz({
  cases,
  seed: wholeNumber("seed", values.seed, 0) ?? 1,
  first: wholeNumber("first", values.first, 0),
  concurrency: wholeNumber("concurrency", values.concurrency, 1),
  maxFailures: wholeNumber("max-failures", values["max-failures"], 1),
  deadlineMs: wholeNumber("deadline-ms", values["deadline-ms"], 1),
  rssLimitMb: wholeNumber("rss-limit-mb", values["rss-limit-mb"], 64),
  onCase: (index, failure) => {
    done++;
    if (failure) {
      failed++;
      console.error(`case ${index} (${failure.family}: ${failure.name}) failed: ${failure.reason}`);
    }
    if (done % progressEvery === 0) {
      console.error(`${done}/${cases} cases, ${failed} failed`);
    }
  },
});
console.log(formatFuzzReport(report));
process.exit(report.failed > 0 ? 1 : 0);
