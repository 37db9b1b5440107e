/**
 * Records what the main thread does during a 16 × 3.2 MB send: a Chromium CPU profile from Send
 * to the result, printed as the functions with the most self time and the long tasks of a trace.
 *
 * Usage: tsx bench/trace-big-send.ts --url http://localhost:4173 --gateway http://localhost:8080
 *   [--dump trace.json]
 */
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseConsoleFlags } from "./bench-flags";
import { writeBigPhotos } from "./big-photos";
import { launchChromium, openWithPhotos, sendAndWait } from "./big-send-page";
import { type CpuProfile, stacksInWindow } from "./cpu-profile-stacks";
import { formatTable } from "./print-table";

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { frame?: string; url?: string; functionName?: string } };
}

// --inside-ms and --inside-count widen the breakdown of each long task.
const flags = parseConsoleFlags({ "settle-ms": 3000, "inside-ms": 20, "inside-count": 6 });
const { paths } = await writeBigPhotos(16);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await openWithPhotos(page, flags, paths);
  // Let draft persistence and thumbnails settle before the measured part.
  await page.waitForTimeout(flags["settle-ms"]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
  await cdp.send("Profiler.start");
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const traceDone = new Promise<void>((resolve) =>
    cdp.once("Tracing.tracingComplete", () => resolve()),
  );
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8",
    transferMode: "ReportEvents",
  });
  await sendAndWait(page);
  // The history is recorded after the reply: keep profiling a while longer.
  await page.waitForTimeout(5000);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
  await cdp.send("Tracing.end");
  await traceDone;
  // --dump FILE keeps the raw trace events and profile for a closer look.
  if (flags.dump !== undefined) {
    await writeFile(flags.dump, JSON.stringify({ events, profile }));
  }
  const threadNames = new Map(
    events
      .filter((e) => e.name === "thread_name" && e.ph === "M")
      .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? ""]),
  );
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (node) {
      const f = node.callFrame;
      const key = `${f.functionName || "(anon)"} ${basename(f.url)}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    }
  });
  const top = [...self.entries()]
    .filter(([k]) => !k.startsWith("(idle)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  console.log(
    formatTable(
      ["function (self time)", "ms"],
      top.map(([k, v]) => [k, v.toFixed(0)]),
    ),
  );
  // Long main-thread tasks and what ran directly inside them.
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && (e.dur ?? 0) > 50_000);
  const insideUs = flags["inside-ms"] * 1000;
  const insideCount = flags["inside-count"];
  const rows: string[][] = [];
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = events
      .filter(
        (e) =>
          e.tid === t.tid &&
          e.pid === t.pid &&
          e.ph === "X" &&
          e.ts >= t.ts &&
          e.ts + (e.dur ?? 0) <= end &&
          e !== t &&
          (e.dur ?? 0) > insideUs,
      )
      .map(
        (e) =>
          `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ""}${e.args?.data?.url ? `[${basename(e.args.data.url)}]` : ""} ${((e.dur ?? 0) / 1000).toFixed(0)}`,
      )
      .slice(0, insideCount)
      .join("; ");
    const thread = threadNames.get(`${t.pid}:${t.tid}`) ?? "";
    rows.push([`${t.tid} ${thread}`, ((t.dur ?? 0) / 1000).toFixed(0), inside]);
  }
  console.log(formatTable(["thread", "task ms", `inside (> ${insideUs / 1000} ms)`], rows));
  // The JavaScript inside each long task on the page's thread: samples in its window, by stack.
  const stacksBetween = stacksInWindow(profile, 5);
  const pageTid = tasks.find((t) =>
    events.some((e) => e.tid === t.tid && e.name === "TimerFire"),
  )?.tid;
  for (const t of tasks.filter((x) => x.tid === pageTid && (x.dur ?? 0) > 100_000)) {
    const top5 = stacksBetween(t.ts, t.ts + (t.dur ?? 0)).slice(0, 6);
    console.log(`task of ${((t.dur ?? 0) / 1000).toFixed(0)} ms:`);
    for (const [k, v] of top5) {
      console.log(`  ${v.toFixed(0).padStart(5)} ms  ${k}`);
    }
  }
} finally {
  await browser.close();
}
