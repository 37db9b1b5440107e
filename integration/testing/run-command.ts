/** Runs a program to its end and collects what it printed. */
import { spawn } from "node:child_process";

/** What a finished program printed and how it ended. */
export interface CommandOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Returns the output of `command args…` run in `cwd`, with `input` on stdin; never rejects on a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string },
): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    // A program that exits without reading its stdin closes the pipe under our write: its exit
    // code and output tell what happened, so that EPIPE is not an error of its own.
    child.stdin.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") {
        reject(error);
      }
    });
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
    child.stdin.end(options.input ?? "");
  });
}
