/** Test helper: runs a Python script with Debian's numpy in a directory and returns its JSON output. */
import { execFileSync } from "node:child_process";

/** Returns the parsed JSON the script prints on stdout; throws with its stderr when it fails. */
export function runNumpy<T>(script: string, cwd: string): T {
  const out = execFileSync("/usr/bin/python3", ["-c", script], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}
