/**
 * Records a Chromium trace and a CPU profile around one grid scroll and breaks the slow frames
 * down: what the page's main thread did in them (script by origin — React, the grid's code, cell
 * text, the virtualizer —, style, layout, paint, GC), what the compositor and raster threads did,
 * and whether the page was busy at all or the frame was late with the page idle.
 */
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { formatTable } from "../print-table";
import type { ScrollRun } from "./scroll-grid";
import type { Page } from "@playwright/test";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread CPU time of the event (µs), where the trace records it. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A frame that took over the limit: its interval on the trace clock (µs). */
interface SlowFrame {
  start: number;
  end: number;
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "blink.user_timing",
  "toplevel",
  "v8",
  "disabled-by-default-v8.gc",
].join(",");
const ORIGIN_MARK = "grid-scroll-trace-origin";

/** Main-thread trace events by what they are; the first prefix that matches wins. */
const EVENT_KINDS: [string, string[]][] = [
  ["GC", ["MinorGC", "MajorGC", "V8.GC", "BlinkGC", "ThreadState::", "V8.GCScavenger"]],
  ["style recalc", ["UpdateLayoutTree", "RecalculateStyles", "ScheduleStyleRecalculation"]],
  ["layout", ["Layout", "UpdateLayerTree"]],
  ["pre-paint, paint, layerize", ["PrePaint", "Paint", "Layerize", "UpdateLayer", "Commit"]],
  ["hit test, scroll", ["HitTest", "ScrollLayer", "UpdateCounters", "ComputeIntersections"]],
];

/** Returns the bucket of a JavaScript sample by the original source file it ran in. */
function scriptBucket(source: string | null, functionName: string): string {
  if (functionName === "(garbage collector)") {
    return "GC";
  }
  if (functionName === "(program)") {
    return "browser (non-JS)";
  }
  if (source === null) {
    // No script file: a built-in function such as a DOM property setter called from script.
    return "script: DOM and built-ins (native)";
  }
  if (/node_modules\/(react-dom|scheduler|react)\//.test(source)) {
    return "script: React render/commit";
  }
  if (source.includes("@tanstack")) {
    return "script: virtualizer";
  }
  if (/format-element-text|array-cells|parse-element|cell-text/.test(source)) {
    return "script: cell text (format, parse)";
  }
  if (/features\/instances\/(matrix-|grid-)/.test(source)) {
    return "script: grid components";
  }
  if (source.includes("node_modules/")) {
    return `script: ${/node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? "library"}`;
  }
  return "script: other app code";
}

/**
 * Maps generated positions to original sources with the app's source maps (fetched from the
 * page's origin); positions without a map keep their file's name.
 */
class SourceLookup {
  private readonly maps = new Map<string, TraceMap | null>();

  async load(urls: Iterable<string>): Promise<void> {
    for (const url of urls) {
      if (this.maps.has(url) || !/^https?:.*\.js$/.test(url)) {
        continue;
      }
      try {
        const response = await fetch(`${url}.map`);
        this.maps.set(url, response.ok ? new TraceMap(await response.text()) : null);
      } catch {
        this.maps.set(url, null);
      }
    }
  }

  /** Returns the original `source:line name` of a frame, and the source alone. */
  locate(frame: ProfileNode["callFrame"]): { where: string; source: string | null } {
    const map = this.maps.get(frame.url);
    if (!map) {
      const where = `${frame.functionName || "(anon)"} ${basename(frame.url) || "(native)"}`;
      return { where, source: frame.url || null };
    }
    const at = originalPositionFor(map, {
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    const source = at.source?.replace(/^(\.\.\/)+/, "") ?? null;
    const file = source?.replace(/^.*node_modules\//, "") ?? basename(frame.url);
    return { where: `${at.name ?? frame.functionName ?? "(anon)"} ${file}:${at.line}`, source };
  }
}

/** An event's self time: wall and thread CPU (µs), its duration minus its nested children's. */
interface SelfTime {
  event: TraceEvent;
  wall: number;
  cpu: number;
  /** Whether no other event of the thread encloses it (a task). */
  top: boolean;
}

/** Returns the X events of one thread with their self times. */
function selfTimes(events: TraceEvent[]): SelfTime[] {
  const sorted = events
    .filter((e) => e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: SelfTime[] = [];
  const stack: SelfTime[] = [];
  for (const event of sorted) {
    while (stack.length > 0) {
      const top = stack.at(-1);
      if (top && top.event.ts + (top.event.dur ?? 0) <= event.ts) {
        stack.pop();
      } else {
        break;
      }
    }
    const parent = stack.at(-1);
    if (parent) {
      parent.wall -= event.dur ?? 0;
      parent.cpu -= event.tdur ?? 0;
    }
    const entry = { event, wall: event.dur ?? 0, cpu: event.tdur ?? 0, top: parent === undefined };
    out.push(entry);
    stack.push(entry);
  }
  return out;
}

function kindOf(name: string): string | undefined {
  for (const [kind, prefixes] of EVENT_KINDS) {
    if (prefixes.some((p) => name.startsWith(p))) {
      return kind;
    }
  }
  return undefined;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** How the trace's threads are named: pid:tid → name. */
function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name) {
      names.set(`${e.pid}:${e.tid}`, e.args.name);
    }
  }
  return names;
}

/**
 * Runs `scroll` while tracing and profiling `page`, then prints the breakdown of the frames
 * longer than `slowMs`. Returns the scroll's own result.
 */
export async function traceScroll(
  page: Page,
  scroll: () => Promise<ScrollRun>,
  slowMs: number,
): Promise<ScrollRun> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  // The mark ties the page's clock (performance.now, in which the frame times are) to the trace's.
  const originMs = await page.evaluate((name) => performance.mark(name).startTime, ORIGIN_MARK);
  const run = await scroll();
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
  await cdp.send("Tracing.end");
  await done;
  // Saved whole, to open in DevTools' Performance panel.
  const file = join(tmpdir(), "grid-scroll-trace.json");
  await writeFile(file, JSON.stringify({ traceEvents: events }));
  console.log(`\ntrace written to ${file}`);
  await printBreakdown({ events, profile, run, originMs, slowMs });
  await cdp.detach();
  return run;
}

async function printBreakdown(recorded: {
  events: TraceEvent[];
  profile: CpuProfile;
  run: ScrollRun;
  originMs: number;
  slowMs: number;
}): Promise<void> {
  const { events, profile, run, originMs, slowMs } = recorded;
  const mark = events.find((e) => e.name === ORIGIN_MARK);
  const first = run.frameAt[0];
  const last = run.frameAt.at(-1);
  if (!mark || first === undefined || last === undefined) {
    console.log("trace: the origin mark or the frames are missing; no breakdown");
    return;
  }
  const toTrace = (pageMs: number): number => mark.ts + (pageMs - originMs) * 1000;
  const from = toTrace(first);
  const to = toTrace(last);
  const frameCount = run.frameMs.length;
  const slow: SlowFrame[] = [];
  run.frameMs.forEach((ms, i) => {
    const start = run.frameAt[i];
    const end = run.frameAt[i + 1];
    if (ms > slowMs && start !== undefined && end !== undefined) {
      slow.push({ start: toTrace(start), end: toTrace(end) });
    }
  });
  const inRun = (ts: number): boolean => ts >= from && ts < to;
  const slowAt = (ts: number): SlowFrame | undefined =>
    slow.find((f) => ts >= f.start && ts < f.end);

  const names = threadNames(events);
  const mainKey = `${mark.pid}:${mark.tid}`;
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }

  // The page's main thread: self time by kind and by event, per frame; and its tasks per slow frame.
  const kindCpu = new Map<string, number>();
  const kindWall = new Map<string, number>();
  const nameCpu = new Map<string, number>();
  const nameWall = new Map<string, number>();
  const slowWall = new Map<SlowFrame, number>();
  const slowCpu = new Map<SlowFrame, number>();
  const slowLongest = new Map<SlowFrame, number>();
  // Paint by what was painted: the grid, its sticky headers, the rest of the page.
  const paintCpu = new Map<string, number>();
  const paintWall = new Map<string, number>();
  for (const { event, wall, cpu, top } of selfTimes(byThread.get(mainKey) ?? [])) {
    if (!inRun(event.ts)) {
      continue;
    }
    const kind = kindOf(event.name) ?? "script, events, other";
    add(kindCpu, kind, cpu);
    add(kindWall, kind, wall);
    add(nameCpu, event.name, cpu);
    add(nameWall, event.name, wall);
    if (event.name === "Paint") {
      const node = event.args?.data?.nodeName;
      const what = `Paint ${typeof node === "string" ? node : "(unnamed)"}`;
      add(paintCpu, what, cpu);
      add(paintWall, what, wall);
    }
    const frame = slowAt(event.ts);
    if (top && frame) {
      slowWall.set(frame, (slowWall.get(frame) ?? 0) + (event.dur ?? 0));
      slowCpu.set(frame, (slowCpu.get(frame) ?? 0) + (event.tdur ?? 0));
      slowLongest.set(frame, Math.max(slowLongest.get(frame) ?? 0, event.dur ?? 0));
    }
  }

  // Script, by the original source of each sample (the profiler samples wall time).
  const lookup = new SourceLookup();
  await lookup.load(new Set(profile.nodes.map((n) => n.callFrame.url)));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const scriptBuckets = new Map<string, number>();
  const functions = new Map<string, number>();
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    clock += dt;
    const node = byId.get(id);
    if (!node || !inRun(clock) || node.callFrame.functionName === "(idle)") {
      return;
    }
    const { where, source } = lookup.locate(node.callFrame);
    add(scriptBuckets, scriptBucket(source, node.callFrame.functionName), dt);
    add(functions, where, dt);
  });

  // Other threads (raster workers, compositor, display compositor): CPU of their tasks.
  const threadCpu = new Map<string, number>();
  const threadWall = new Map<string, number>();
  for (const [key, list] of byThread) {
    if (key === mainKey) {
      continue;
    }
    for (const { event, top } of selfTimes(list)) {
      if (top && inRun(event.ts)) {
        const pid = key.split(":")[0];
        const who = `${names.get(key) ?? "thread"}${pid === String(mark.pid) ? " (page)" : ""}`;
        add(threadCpu, who, event.tdur ?? 0);
        add(threadWall, who, event.dur ?? 0);
      }
    }
  }

  const perFrame = (us: number | undefined): string => ((us ?? 0) / 1000 / frameCount).toFixed(2);
  const sortedKeys = (map: Map<string, number>, limit: number): string[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([k]) => k);
  const cpuWallRows = (
    cpu: Map<string, number>,
    wall: Map<string, number>,
    limit: number,
    indent = "",
  ): string[][] =>
    sortedKeys(cpu, limit).map((k) => [
      `${indent}${k}`,
      perFrame(cpu.get(k)),
      perFrame(wall.get(k)),
    ]);
  console.log(
    `\ntrace: ${frameCount} frames, ${slow.length} over ${slowMs} ms; figures are per frame, averaged over all frames (CPU: the thread's own time, which the machine's load does not inflate)`,
  );
  console.log(
    formatTable(
      ["page main thread (self time)", "CPU ms/frame", "wall ms/frame"],
      [
        ...cpuWallRows(kindCpu, kindWall, 8),
        ...cpuWallRows(nameCpu, nameWall, 14, "  "),
        ...cpuWallRows(paintCpu, paintWall, 6, "  "),
      ],
    ),
  );
  console.log(
    formatTable(
      ["page main thread, CPU profile samples (wall)", "ms/frame"],
      sortedKeys(scriptBuckets, 12).map((k) => [k, perFrame(scriptBuckets.get(k))]),
    ),
  );
  console.log(
    formatTable(
      ["function (self time, profile samples)", "ms/frame"],
      sortedKeys(functions, 15).map((k) => [k, perFrame(functions.get(k))]),
    ),
  );
  console.log(
    formatTable(
      ["other threads' tasks", "CPU ms/frame", "wall ms/frame"],
      cpuWallRows(threadCpu, threadWall, 8),
    ),
  );

  // Was the page's thread working in each slow frame, waiting for a core, or idle?
  const classes = new Map<string, number>();
  for (const frame of slow) {
    const wall = (slowWall.get(frame) ?? 0) / 1000;
    const cpu = (slowCpu.get(frame) ?? 0) / 1000;
    const longest = (slowLongest.get(frame) ?? 0) / 1000;
    const kind =
      cpu >= 16.7
        ? "page main thread used ≥ 16.7 ms of CPU in it (the page's own work)"
        : wall >= 16.7
          ? "page tasks ≥ 16.7 ms of wall time but < 16.7 ms of CPU (waiting for a core: the machine)"
          : "page main thread busy < 16.7 ms (idle but late: the machine)";
    add(classes, kind, 1);
    if (longest >= 50) {
      add(classes, "… of all these, frames holding a task ≥ 50 ms (long task)", 1);
    }
  }
  console.log(
    formatTable(
      [`the ${slow.length} frames over ${slowMs} ms`, "frames"],
      [...classes.entries()].map(([k, n]) => [k, String(n)]),
    ),
  );
}
