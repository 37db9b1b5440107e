/** Reads a Chromium CPU profile (CDP `Profiler.stop`): the JavaScript stacks sampled in a time window. */
import { basename } from "node:path";

/** One node of a CPU profile's call tree. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}

/** A CPU profile as CDP returns it; times in microseconds. */
export interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Names a call frame as `function@file:line[:column]`. */
function frameName(frame: ProfileNode["callFrame"]): string {
  const column = frame.columnNumber === undefined ? "" : `:${frame.columnNumber + 1}`;
  return `${frame.functionName || "(anon)"}@${basename(frame.url).split("?")[0]}:${frame.lineNumber + 1}${column}`;
}

/**
 * Returns a function giving, for a window [from, to] in the profile's clock (µs), the sampled
 * milliseconds per stack (its innermost `depth` frames, innermost first), most first.
 */
export function stacksInWindow(
  profile: CpuProfile,
  depth: number,
): (from: number, to: number) => [stack: string, ms: number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    for (const c of n.children ?? []) {
      parent.set(c, n.id);
    }
  }
  const stackOf = (id: number): string => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined && names.length < depth;) {
      const frame = byId.get(at)?.callFrame;
      if (frame && frame.functionName !== "(root)") {
        names.push(frameName(frame));
      }
      at = parent.get(at);
    }
    return names.join(" < ");
  };
  const sampleTimes: number[] = [];
  let clock = profile.startTime;
  for (const dt of profile.timeDeltas) {
    clock += dt;
    sampleTimes.push(clock);
  }
  return (from, to) => {
    const stacks = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = sampleTimes[i] ?? 0;
      if (at >= from && at <= to) {
        const key = stackOf(id);
        stacks.set(key, (stacks.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    return [...stacks.entries()].sort((a, b) => b[1] - a[1]);
  };
}
