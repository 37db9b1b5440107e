/**
 * `npm run gateway` as a child process, so a test can attack it without taking the test runner
 * down with it and can read the gateway's own memory figures from /proc.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ChildProcess } from "node:child_process";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));

/** A gateway running in its own process. */
export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  /** Current and peak resident memory of the process, in bytes (VmRSS and VmHWM). */
  memory(): { rss: number; peak: number };
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

/** Returns the gateway started with `flags` once it prints where it listens. */
export function startGatewayProcess(flags: string[]): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...flags], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const readKiB = (field: string) => {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return Number(match?.[1] ?? NaN) * 1024;
  };
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`gateway exited with ${code}: ${err}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /gateway on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        resolve({
          url,
          child,
          memory: () => ({ rss: readKiB("VmRSS"), peak: readKiB("VmHWM") }),
          alive: () => !exited,
          async stop() {
            if (!exited) {
              child.kill("SIGKILL");
            }
            await exit;
          },
        });
      }
    });
  });
}
