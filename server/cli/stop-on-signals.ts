/** Ctrl+C and SIGTERM handling shared by the command-line programs. */
import { describeError } from "../../shared/describe-value";

/** How a program reacts to SIGINT and SIGTERM. */
export interface StopOnSignalsOptions {
  /** Called once, with the first signal, before closing starts (to say what is happening). */
  onSignal?: (signal: NodeJS.Signals) => void;
  /** A signal this long after the first one exits at once with code 1; without it, later signals are ignored. */
  forceExitAfterMs?: number;
}

/**
 * Installs SIGINT and SIGTERM handlers that run `close` once and exit 0. Returns `exitAfterClose`,
 * which does the same with another exit code (for a program that stops on its own); whichever
 * comes first decides the code. A rejected `close` prints the reason and exits 1.
 */
export function stopOnSignals(
  close: () => Promise<void>,
  options: StopOnSignalsOptions = {},
): (code: number) => Promise<never> {
  let closing: Promise<never> | undefined;
  let firstSignalAt: number | undefined;

  function exitAfterClose(code: number): Promise<never> {
    closing ??= close().then(
      () => process.exit(code),
      (error: unknown) => {
        process.stderr.write(`${describeError(error)}\n`);
        return process.exit(1);
      },
    );
    return closing;
  }

  function onSignal(signal: NodeJS.Signals): void {
    if (closing) {
      // npm, tsx and the terminal may each pass the same Ctrl+C on, so a repeat must not fall
      // through to Node's default handler (which kills the process mid-close); only a signal well
      // after the first, where the program asks for it, forces the exit.
      const { forceExitAfterMs } = options;
      if (
        forceExitAfterMs !== undefined &&
        firstSignalAt !== undefined &&
        Date.now() - firstSignalAt > forceExitAfterMs
      ) {
        process.exit(1);
      }
      return;
    }
    firstSignalAt = Date.now();
    options.onSignal?.(signal);
    void exitAfterClose(0);
  }

  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return exitAfterClose;
}
