import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// npm run bench -- serving|gateway|all [flags]
// Each benchmark runs in its own Node process, so one's servers, sessions and heap cannot skew the
// next, and each parses the flags that follow the name itself.

const BENCHMARKS: Record<string, string> = {
  serving: "resnet50 through the stand-in server vs a bare session.run, and add_common rate",
  gateway: "direct gRPC vs the dev gateway in gRPC-Web binary and text modes",
  load: "64 clients through the gateway with aborts and a Serving restart; latency, statuses, RSS",
  wire: "the protobuf wire-format check on ordinary and hostile requests vs google-protobuf alone",
  rest: "add_common over gRPC vs REST, direct, through the gateway and over TLS",
};

const usage = [
  "usage: npm run bench -- <benchmark> [--resnet50-model FILE] [--rounds N]",
  "",
  ...Object.entries(BENCHMARKS).map(([name, what]) => `  ${name.padEnd(8)} ${what}`),
  `  ${"all".padEnd(8)} every benchmark above, one after another`,
].join("\n");

const [name, ...flags] = process.argv.slice(2);
if (name === undefined || name === "--help" || name === "-h") {
  console.log(usage);
  process.exit(0);
}
if (name !== "all" && !(name in BENCHMARKS)) {
  console.error(`unknown benchmark "${name}"\n\n${usage}`);
  process.exit(1);
}
for (const bench of name === "all" ? Object.keys(BENCHMARKS) : [name]) {
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
