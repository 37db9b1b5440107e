import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

/** Runs a Python script with Debian's numpy in `cwd`; returns what it prints. */
export function numpy(script: string, cwd: string): string {
  return execFileSync("/usr/bin/python3", ["-c", script], { cwd, encoding: "utf8" }).trim();
}

/** Creates the folder `dir` and runs a Python script that writes arrays with numpy there; returns `dir`. */
export function writeArrays(dir: string, script: string): string {
  mkdirSync(dir, { recursive: true });
  numpy(script, dir);
  return dir;
}
