/**
 * Records what the browser does between the Present click and the frame that painted the first
 * photo and its label (16 classified photos): a Chromium trace and CPU profile, printed as time by
 * event per thread (self time), the main thread's timeline, and the JavaScript with most self time.
 *
 * Usage: tsx bench/browser/trace-presenter.ts --port-base 7360 [--width 800 --height 600]
 */
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { type CpuProfile, stacksInWindow } from "../cpu-profile-stacks";
import { formatTable } from "../print-table";
import { startBrowserChain } from "./browser-chain";
import { dropPhotosToClassify } from "./drop-photos-to-classify";
import { makeNoiseJpegs } from "./noise-jpegs";
import { showClassifiedRun, timePresent } from "./presenter-scenario";
import type { ConsoleSteps } from "./history-scenarios";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

const { values: flags } = parseArgs({
  options: {
    "port-base": { type: "string", default: "7360" },
    width: { type: "string", default: "800" },
    height: { type: "string", default: "600" },
    count: { type: "string", default: "16" },
    // Writes the raw trace events here too, for Chromium DevTools' Performance panel.
    out: { type: "string" },
  },
});
const [width, height, count] = [flags.width, flags.height, flags.count].map(Number) as [
  number,
  number,
  number,
];

const chain = await startBrowserChain(Number(flags["port-base"]));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const steps: ConsoleSteps = {
    open: async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${chain.appUrl}/?gateway=${encodeURIComponent(chain.gatewayUrl)}`);
      await page.getByRole("button", { name: "Send", exact: true }).waitFor();
      return [context, page];
    },
    dropPhotosToClassify,
    npyFloat32: () => {
      throw new Error("this trace sends photos only");
    },
  };
  const photos = await makeNoiseJpegs(count, width, height);
  const [, page] = await showClassifiedRun(steps, photos, "shown");
  // Let thumbnails, the history write and the presenter's preload settle first.
  await page.waitForTimeout(2000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const traceDone = new Promise<void>((resolve) =>
    cdp.once("Tracing.tracingComplete", () => resolve()),
  );
  await cdp.send("Tracing.start", {
    categories:
      "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute,blink,cc,gpu",
    transferMode: "ReportEvents",
  });
  await cdp.send("Profiler.start");
  const timing = await timePresent(page, "shown-0.jpg");
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
  await cdp.send("Tracing.end");
  await traceDone;
  if (flags.out !== undefined) {
    await writeFile(flags.out, JSON.stringify({ traceEvents: events }));
  }
  console.log(
    `${count} × ${(photos.reduce((s, p) => s + p.length, 0) / count / 1e6).toFixed(2)} MB photos; Present → laid out ${timing.laidOut.toFixed(0)} ms, → painted ${timing.painted.toFixed(0)} ms`,
  );
  const mark = (name: string): TraceEvent | undefined =>
    events.find((e) => e.name === name && e.cat.includes("blink.user_timing"));
  const click = mark("present:click");
  const shown = mark("present:painted");
  if (!click || !shown) {
    throw new Error("the trace holds no present:click / present:painted marks");
  }
  const from = click.ts;
  const to = from + timing.painted * 1000;
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name) {
      threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
    }
  }
  const mainKey = `${click.pid}:${click.tid}`;
  const threadOf = (e: TraceEvent): string => {
    const key = `${e.pid}:${e.tid}`;
    return key === mainKey ? "page main" : (threadNames.get(key) ?? key);
  };
  // Self time per event name and thread: each complete event minus the events nested in it.
  const complete = events
    .filter((e) => e.ph === "X" && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of complete) {
    const list = byThread.get(threadOf(e)) ?? [];
    list.push(e);
    byThread.set(threadOf(e), list);
  }
  for (const [thread, list] of byThread) {
    const stack: { e: TraceEvent; end: number; child: number }[] = [];
    const close = (item: { e: TraceEvent; end: number; child: number }) => {
      const start = Math.max(item.e.ts, from);
      const clipped = Math.max(0, Math.min(item.end, to) - start);
      const key = `${thread} · ${item.e.name}`;
      self.set(key, (self.get(key) ?? 0) + Math.max(0, clipped - item.child));
    };
    for (const e of list) {
      const end = e.ts + (e.dur ?? 0);
      while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) {
        const done = stack.pop();
        if (done) {
          close(done);
        }
      }
      const parent = stack.at(-1);
      if (parent) {
        parent.child += Math.max(0, Math.min(end, to) - Math.max(e.ts, from));
      }
      stack.push({ e, end, child: 0 });
    }
    while (stack.length > 0) {
      const done = stack.pop();
      if (done) {
        close(done);
      }
    }
  }
  const top = [...self.entries()].filter(([, v]) => v >= 500).sort((a, b) => b[1] - a[1]);
  console.log(
    formatTable(
      [
        `thread · event, self time within Present → painted (${timing.painted.toFixed(0)} ms)`,
        "ms",
      ],
      top.slice(0, 30).map(([k, v]) => [k, (v / 1000).toFixed(1)]),
    ),
  );
  // The main thread's top-level tasks in the window, in order.
  const tasks = (byThread.get("page main") ?? []).filter(
    (e) => e.name === "RunTask" && (e.dur ?? 0) >= 1000,
  );
  console.log(
    formatTable(
      ["main-thread task at (ms after click)", "ms", "inside (≥ 2 ms)"],
      tasks.map((t) => {
        const end = t.ts + (t.dur ?? 0);
        const inside = complete
          .filter(
            (e) =>
              threadOf(e) === "page main" &&
              e !== t &&
              e.ts >= t.ts &&
              e.ts + (e.dur ?? 0) <= end &&
              (e.dur ?? 0) >= 2000,
          )
          .map(
            (e) =>
              `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ""} ${((e.dur ?? 0) / 1000).toFixed(1)}`,
          )
          .slice(0, 8)
          .join("; ");
        return [((t.ts - from) / 1000).toFixed(1), ((t.dur ?? 0) / 1000).toFixed(1), inside];
      }),
    ),
  );
  // JavaScript self time in the window, by function.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const js = new Map<string, number>();
  let clock = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    clock += dt;
    const f = byId.get(id)?.callFrame;
    if (f && clock >= from && clock <= to && f.functionName !== "(idle)") {
      const key = `${f.functionName || "(anon)"} ${basename(f.url).split("?")[0]}:${f.lineNumber + 1}`;
      js.set(key, (js.get(key) ?? 0) + dt);
    }
  });
  console.log(
    formatTable(
      ["JavaScript function (self time, sampled)", "ms"],
      [...js.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([k, v]) => [k, (v / 1000).toFixed(1)]),
    ),
  );
  // The JavaScript inside each main-thread task of 10 ms or more: samples in its window, by stack.
  const stacksBetween = stacksInWindow(profile, 6);
  for (const t of tasks.filter((x) => (x.dur ?? 0) >= 10_000)) {
    console.log(
      `task at ${((t.ts - from) / 1000).toFixed(1)} ms, ${((t.dur ?? 0) / 1000).toFixed(1)} ms:`,
    );
    for (const [key, v] of stacksBetween(t.ts, t.ts + (t.dur ?? 0)).slice(0, 8)) {
      console.log(`  ${v.toFixed(1).padStart(5)} ms  ${key}`);
    }
  }
} finally {
  await browser.close();
  await chain.stop();
}
