/**
 * A program for stop-on-signals tests: `close` prints "closing" and settles when a line arrives on
 * stdin ("fail" rejects it). Flags: --force-after MS, --exit-after-close CODE (stops on its own).
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { stopOnSignals } from "../stop-on-signals";

const { values } = parseArgs({
  options: { "force-after": { type: "string" }, "exit-after-close": { type: "string" } },
});
const lines = createInterface({ input: process.stdin });
let closes = 0;

const exitAfterClose = stopOnSignals(
  () =>
    new Promise<void>((resolve, reject) => {
      closes += 1;
      process.stdout.write(`closing ${closes}\n`);
      lines.once("line", (line) =>
        line === "fail" ? reject(new Error("close failed")) : resolve(),
      );
    }),
  {
    onSignal: (signal) => process.stdout.write(`got ${signal}\n`),
    forceExitAfterMs:
      values["force-after"] === undefined ? undefined : Number(values["force-after"]),
  },
);
if (values["exit-after-close"] !== undefined) {
  void exitAfterClose(Number(values["exit-after-close"]));
}
process.stdout.write("ready\n");
