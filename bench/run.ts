import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// npm run bench [-- serving|gateway|load|wire|rest|browser|all] [--skip NAME,NAME] [flags]
// With no name it runs every benchmark; --skip leaves the named ones out (e.g. --skip load,browser).
// Each benchmark runs in its own Node process, so one's servers, sessions and heap cannot skew the
// next, and each parses the flags that follow the name itself.

const BENCHMARKS: Record<string, string> = {
  serving: "resnet50 through the stand-in server vs a bare session.run, and add_common rate",
  gateway: "direct gRPC vs the dev gateway in gRPC-Web binary and text modes",
  load: "64 clients through the gateway with aborts and a Serving restart; latency, statuses, RSS",
  wire: "the protobuf wire-format check on ordinary and hostile requests vs google-protobuf alone",
  rest: "add_common over gRPC vs REST, direct, through the gateway and over TLS",
  browser: "the console in Chromium: initial JS, decode and render, drops, long tasks, heap",
};

const usage = [
  "usage: npm run bench [-- <benchmark>] [--skip NAME,NAME] [--resnet50-model FILE] [--rounds N]",
  "",
  ...Object.entries(BENCHMARKS).map(([name, what]) => `  ${name.padEnd(8)} ${what}`),
  `  ${"all".padEnd(8)} every benchmark above, one after another (the default)`,
].join("\n");

const args = process.argv.slice(2);
const skipAt = args.indexOf("--skip");
const skipped = new Set(skipAt >= 0 ? (args[skipAt + 1] ?? "").split(",").filter(Boolean) : []);
if (skipAt >= 0) {
  args.splice(skipAt, 2);
}
for (const skip of skipped) {
  if (!(skip in BENCHMARKS)) {
    console.error(`--skip names an unknown benchmark "${skip}"\n\n${usage}`);
    process.exit(1);
  }
}
const named = args[0] !== undefined && !args[0].startsWith("-");
const name = named ? (args[0] ?? "all") : "all";
const flags = named ? args.slice(1) : args;
if (name === "--help" || name === "-h" || flags.includes("--help")) {
  console.log(usage);
  process.exit(0);
}
if (name !== "all" && !(name in BENCHMARKS)) {
  console.error(`unknown benchmark "${name}"\n\n${usage}`);
  process.exit(1);
}
const chosen = name === "all" ? Object.keys(BENCHMARKS).filter((b) => !skipped.has(b)) : [name];
for (const bench of chosen) {
  console.log(`## ${bench}`);
  const script = fileURLToPath(new URL(`./${bench}.ts`, import.meta.url));
  const { status, signal } = spawnSync(process.execPath, ["--import", "tsx", script, ...flags], {
    stdio: "inherit",
  });
  if (status !== 0) {
    console.error(`${bench} benchmark failed (${signal ?? `exit code ${status}`})`);
    process.exit(status ?? 1);
  }
}
