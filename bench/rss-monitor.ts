/** Resident memory of a process read from /proc (Linux), sampled while a load or fuzz run goes on. */
import { readFileSync } from "node:fs";

/** Returns the `VmRSS` (or another `Vm*` field) of process `pid` in bytes, or undefined once it is gone. */
export function readProcessMemory(pid: number, field = "VmRSS"): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "latin1");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** Samples the resident memory of one process (or of its successor after a restart). */
export class RssMonitor {
  /** The first sample taken. */
  start: number | undefined;
  /** The largest sample. */
  peak = 0;
  /** The largest of the kernel's high-water marks (VmHWM), which also catch peaks between samples. */
  highWaterMark = 0;
  /** The latest sample. */
  last: number | undefined;
  private timer: NodeJS.Timeout | undefined;

  /**
   * Samples `pid()` every `intervalMs`; calls `onOverLimit` on each sample above `limitBytes`
   * (so a runaway process can be stopped before it takes the machine with it).
   */
  constructor(
    private readonly pid: () => number,
    private readonly intervalMs = 50,
    private readonly limitBytes = Infinity,
    private readonly onOverLimit: (rss: number) => void = () => undefined,
  ) {}

  /** Takes one sample now and returns it. */
  sample(): number | undefined {
    const pid = this.pid();
    const rss = readProcessMemory(pid);
    const hwm = readProcessMemory(pid, "VmHWM");
    if (rss !== undefined) {
      this.start ??= rss;
      this.last = rss;
      this.peak = Math.max(this.peak, rss);
      this.highWaterMark = Math.max(this.highWaterMark, hwm ?? 0);
      if (rss > this.limitBytes) {
        this.onOverLimit(rss);
      }
    }
    return rss;
  }

  /** Starts periodic sampling. */
  begin(): this {
    this.sample();
    this.timer ??= setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Stops periodic sampling after one last sample. */
  end(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
  }
}

/** Returns `bytes` as MiB with one decimal, or "—" when unknown. */
export function formatMiB(bytes: number | undefined): string {
  return bytes === undefined ? "—" : (bytes / 1048576).toFixed(1);
}
