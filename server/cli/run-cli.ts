/** Flag parsing for the command-line programs: a bad flag is a usage error, exit code 2. */
import { describeError } from "../../shared/describe-value";

/** Returns the text a program prints on a usage error: its name, the reason and its usage line. */
export function describeUsageError(program: string, error: unknown, usage: string): string {
  return `${program}: ${describeError(error)}\nusage: ${usage}`;
}

/**
 * Returns what `parse` returns; when it throws, prints the reason and the usage line to stderr
 * (no stack trace: the reason is about the flags, not the code) and exits with code 2.
 */
export function parseFlagsOrExit<T>(program: string, usage: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    process.stderr.write(`${describeUsageError(program, error, usage)}\n`);
    return process.exit(2);
  }
}
