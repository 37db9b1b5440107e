/** npm run bench:browser: runs bench/browser/run-browser-bench.ts (page code there is checked with DOM types). */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./browser/run-browser-bench.ts", import.meta.url));
const { status } = spawnSync(
  process.execPath,
  ["--import", "tsx", script, ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(status ?? 1);
