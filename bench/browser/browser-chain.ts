/** The whole chain (stand-in Serving, gateway, built app) as `npm start` runs it, on given ports. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A running chain: the console's URL (with its gateway) and how to stop it. */
export interface BrowserChain {
  readonly appUrl: string;
  readonly gatewayUrl: string;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Returns the chain once it printed its URL; rejects when it exits first or takes over `timeoutMs`.
 * The app is built in Vite's bench mode, which adds the history seeding hook to a production build.
 */
export function startBrowserChain(portBase: number, timeoutMs = 240_000): Promise<BrowserChain> {
  const ports = {
    "--serving-port": portBase + 1,
    "--rest-port": portBase + 2,
    "--gateway-port": portBase + 3,
    "--web-port": portBase + 4,
  };
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/start.ts",
      "--no-envoy",
      ...Object.entries(ports).flatMap(([flag, port]) => [flag, String(port)]),
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: { ...process.env, CONSOLE_BUILD_MODE: "bench" },
    },
  );
  const kill = (): void => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  };
  process.once("exit", kill);
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`the chain did not start within ${timeoutMs} ms:\n${log.slice(-2000)}`));
    }, timeoutMs);
    child.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (/Serving Console: http/.test(log)) {
        clearTimeout(timer);
        resolve({
          appUrl: `http://localhost:${ports["--web-port"]}`,
          gatewayUrl: `http://localhost:${ports["--gateway-port"]}`,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) {
                done();
                return;
              }
              child.once("exit", () => done());
              kill();
            }),
        });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(`the chain exited (code ${code}) before it was ready:\n${log.slice(-2000)}`),
      );
    });
  });
}
