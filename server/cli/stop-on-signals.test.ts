import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PROGRAM = fileURLToPath(new URL("./testing/signal-program.ts", import.meta.url));

/** A running signal-program: its output so far, a way to wait for a line, and its exit. */
function runProgram(flags: string[] = []) {
  const child = spawn(process.execPath, ["--import", "tsx", PROGRAM, ...flags], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiters: (() => void)[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    exit,
    output: () => ({ out, err }),
    async waitFor(text: string): Promise<void> {
      while (!out.includes(text)) {
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
  };
}

describe("stopOnSignals()", () => {
  it.each(["SIGINT", "SIGTERM"] as const)(
    "closes once on %s, ignores the same signal repeated while closing, and exits 0",
    async (signal) => {
      const run = runProgram();
      await run.waitFor("ready");
      run.child.kill(signal);
      await run.waitFor("closing 1");
      run.child.kill(signal);
      run.child.kill("SIGINT");
      await sleep(100);
      run.child.stdin.write("done\n");
      expect(await run.exit).toEqual({ code: 0, signal: null });
      expect(run.output().out).toBe(`ready\ngot ${signal}\nclosing 1\n`);
    },
  );

  it("exits 1 with the reason when closing fails", async () => {
    const run = runProgram();
    await run.waitFor("ready");
    run.child.kill("SIGTERM");
    await run.waitFor("closing 1");
    run.child.stdin.write("fail\n");
    expect(await run.exit).toEqual({ code: 1, signal: null });
    expect(run.output().err).toBe("close failed\n");
  });

  it("exits 1 at once on a signal later than forceExitAfterMs after the first", async () => {
    const run = runProgram(["--force-after", "50"]);
    await run.waitFor("ready");
    run.child.kill("SIGINT");
    await run.waitFor("closing 1");
    await sleep(200);
    run.child.kill("SIGINT");
    expect(await run.exit).toEqual({ code: 1, signal: null });
  });

  it("exits with the program's own code when it stops before any signal, closing once", async () => {
    const run = runProgram(["--exit-after-close", "3"]);
    await run.waitFor("ready");
    run.child.kill("SIGTERM");
    run.child.stdin.write("done\n");
    expect(await run.exit).toEqual({ code: 3, signal: null });
    expect(run.output().out).not.toContain("closing 2");
  });
});
