import { execFileSync } from "node:child_process";

/** Runs a Python script with Debian's numpy in `cwd`; returns what it prints. */
export function numpy(script: string, cwd: string): string {
  return execFileSync("/usr/bin/python3", ["-c", script], { cwd, encoding: "utf8" }).trim();
}
