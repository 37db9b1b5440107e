/**
 * The stand-in Serving and the gateway as child processes, started through their command-line
 * programs, so their memory is their own and a crash shows as an exit.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { ChildProcess } from "node:child_process";

/** A program started by startChild. */
export interface ChildServer {
  readonly pid: number;
  /** What the program printed when it was ready: "host:port" or a URL. */
  readonly address: string;
  /** Resolves with a description of how the process ended ("exit code 1", "signal SIGKILL"). */
  readonly exited: Promise<string>;
  /** True once the process has ended. */
  readonly ended: boolean;
  /** The last lines the program wrote to stderr (for crash reports). */
  stderrTail(): string;
  /** Asks the program to stop (SIGTERM), then kills it after `graceMs`; resolves when it ended. */
  stop(graceMs?: number): Promise<string>;
  /** Kills the program at once (SIGKILL); resolves when it ended. */
  kill(): Promise<string>;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const STDERR_KEPT = 4096;

/** Children still running; killed when this process exits, however it exits, so none is left behind. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) {
    child.kill("SIGKILL");
  }
});

/** Extra ways to run a child: more Node flags (e.g. a preloaded probe) and a reader of its stdout. */
export interface ChildOptions {
  /** Node flags after `--import tsx`, before the script. */
  nodeArgs?: string[];
  /** Called with each line the program prints, for as long as it runs. */
  onLine?: (line: string) => void;
  timeoutMs?: number;
}

/**
 * Returns a running `node --import tsx <script> ...args` once a stdout line matches `ready`
 * (its first group is the address). Rejects when the program exits or takes longer than `timeoutMs`.
 */
export async function startChild(
  script: string,
  args: string[],
  ready: RegExp,
  { nodeArgs = [], onLine, timeoutMs = 60_000 }: ChildOptions = {},
): Promise<ChildServer> {
  // node --import tsx keeps one process (npm and the tsx CLI each add a parent in between).
  const child = spawn(process.execPath, ["--import", "tsx", ...nodeArgs, script, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (onLine && child.stdout) {
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", onLine);
  }
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEPT);
  });
  running.add(child);
  let ended = false;
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => {
      ended = true;
      running.delete(child);
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    }),
  );
  const address = await waitForReady(child, ready, exited, timeoutMs, () => stderr);
  // Keep draining stdout so the program never blocks on a full pipe.
  child.stdout?.resume();
  const kill = () => {
    if (!ended) {
      child.kill("SIGKILL");
    }
    return exited;
  };
  return {
    pid: child.pid ?? -1,
    address,
    exited,
    get ended() {
      return ended;
    },
    stderrTail: () => stderr.trim(),
    kill,
    async stop(graceMs = 5000) {
      if (!ended) {
        child.kill("SIGTERM");
      }
      const timer = setTimeout(() => void kill(), graceMs);
      const how = await exited;
      clearTimeout(timer);
      return how;
    },
  };
}

function waitForReady(
  child: ChildProcess,
  ready: RegExp,
  exited: Promise<string>,
  timeoutMs: number,
  stderr: () => string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`program not ready after ${timeoutMs} ms: ${stderr()}`));
    }, timeoutMs);
    const onData = (text: string) => {
      out += text;
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve(match[1] ?? match[0]);
      }
    };
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", onData);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`program ended before it was ready (${how}): ${stderr()}`));
    });
  });
}

/** Returns the stand-in Serving started by its CLI on `port` (0 = a free one), quiet apart from its address. */
export function startServingChild(port: number, extraArgs: string[] = []): Promise<ChildServer> {
  return startChild(
    "server/serving/main.ts",
    ["--host", "127.0.0.1", "--port", String(port), ...extraArgs],
    /listening on (\S+)/,
  );
}

/** Returns the gateway started by its CLI on a free loopback port in front of `upstream`. */
export function startGatewayChild(upstream: string, options?: ChildOptions): Promise<ChildServer> {
  return startChild(
    "server/gateway/main.ts",
    ["--listen", "127.0.0.1:0", "--upstream", upstream],
    /gateway on (\S+)/,
    options,
  );
}
