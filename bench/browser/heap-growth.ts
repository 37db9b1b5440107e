/**
 * npx tsx bench/browser/heap-growth.ts --app URL --gateway URL [--sends 100]: what the console's
 * JS heap gains over N add_common sends. Takes a heap snapshot (after a forced GC) before and
 * after the sends and prints the constructors whose object count or self size grew the most,
 * with a retainer path of one new object of each. Diagnosis only; the goal lives in
 * run-browser-bench.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { chromium, type CDPSession } from "@playwright/test";
import { formatTable } from "../print-table";
import { fillAddInstance } from "./fill-add-instance";
import { sendAndSettle } from "./send-and-settle";

const { values: flags } = parseArgs({
  options: {
    app: { type: "string" },
    gateway: { type: "string" },
    sends: { type: "string", default: "100" },
    warmup: { type: "string", default: "3" },
    top: { type: "string", default: "25" },
  },
});
if (flags.app === undefined || flags.gateway === undefined) {
  throw new Error("--app and --gateway name a running chain (npm start on your ports)");
}
const sends = Number(flags.sends);
const top = Number(flags.top);
if (!Number.isInteger(sends) || sends < 1 || sends > 10_000) {
  throw new Error(`--sends takes 1–10000, not "${flags.sends}"`);
}

/** A parsed heap snapshot: per node its group key, self size and id; edges for retainer paths. */
interface Snapshot {
  keys: string[];
  selfSize: Float64Array;
  ids: Float64Array;
  /** For each node, the nodes and edge names that point at it. */
  retainers: { from: number; edge: string }[][];
  names: string[];
  types: string[];
  /** Script id, line and column of each closure, by node index. */
  locations: Map<number, [number, number, number]>;
}

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }): void => {
    chunks.push(event.chunk);
  };
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  return parseSnapshot(JSON.parse(chunks.join("")) as RawSnapshot);
}

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
      location_fields?: string[];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
  locations?: number[];
}

function parseSnapshot(raw: RawSnapshot): Snapshot {
  const meta = raw.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nType = meta.node_fields.indexOf("type");
  const nName = meta.node_fields.indexOf("name");
  const nId = meta.node_fields.indexOf("id");
  const nSize = meta.node_fields.indexOf("self_size");
  const nEdges = meta.node_fields.indexOf("edge_count");
  const eType = meta.edge_fields.indexOf("type");
  const eName = meta.edge_fields.indexOf("name_or_index");
  const eTo = meta.edge_fields.indexOf("to_node");
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const count = raw.nodes.length / nf;
  const keys: string[] = new Array<string>(count);
  const names: string[] = new Array<string>(count);
  const types: string[] = new Array<string>(count);
  const selfSize = new Float64Array(count);
  const ids = new Float64Array(count);
  const retainers: { from: number; edge: string }[][] = Array.from({ length: count }, () => []);
  let edge = 0;
  for (let i = 0; i < count; i++) {
    const base = i * nf;
    const type = nodeTypes[raw.nodes[base + nType] ?? 0] ?? "?";
    const name = raw.strings[raw.nodes[base + nName] ?? 0] ?? "?";
    types[i] = type;
    names[i] = name;
    keys[i] =
      type === "object" || type === "native"
        ? name
        : type === "code"
          ? `(code) ${/^system \/ \w+/.test(name) ? name : "other"}`.slice(0, 40)
          : `(${type})`;
    selfSize[i] = raw.nodes[base + nSize] ?? 0;
    ids[i] = raw.nodes[base + nId] ?? 0;
    const edges = raw.nodes[base + nEdges] ?? 0;
    for (let e = 0; e < edges; e++, edge++) {
      const eb = edge * ef;
      const et = edgeTypes[raw.edges[eb + eType] ?? 0] ?? "?";
      if (et === "weak") {
        continue;
      }
      const nameOrIndex = raw.edges[eb + eName] ?? 0;
      const label =
        et === "element" || et === "hidden"
          ? `[${nameOrIndex}]`
          : (raw.strings[nameOrIndex] ?? "?");
      const to = (raw.edges[eb + eTo] ?? 0) / nf;
      retainers[to]?.push({ from: i, edge: label });
    }
  }
  const locations = new Map<number, [number, number, number]>();
  const loc = raw.locations ?? [];
  const lf = meta.location_fields ?? ["object_index", "script_id", "line", "column"];
  const [lObj, lScript, lLine, lCol] = ["object_index", "script_id", "line", "column"].map((f) =>
    lf.indexOf(f),
  ) as [number, number, number, number];
  for (let k = 0; k + lf.length <= loc.length; k += lf.length) {
    locations.set((loc[k + lObj] ?? 0) / nf, [
      loc[k + lScript] ?? 0,
      loc[k + lLine] ?? 0,
      loc[k + lCol] ?? 0,
    ]);
  }
  return { keys, selfSize, ids, retainers, names, types, locations };
}

function group(s: Snapshot): Map<string, { count: number; size: number }> {
  const out = new Map<string, { count: number; size: number }>();
  s.keys.forEach((key, i) => {
    const g = out.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += s.selfSize[i] ?? 0;
    out.set(key, g);
  });
  return out;
}

// A short path from a node towards a root, by first non-internal retainer.
function retainerPath(s: Snapshot, node: number): string {
  const parts: string[] = [];
  const seen = new Set<number>([node]);
  let at = node;
  for (let depth = 0; depth < 14; depth++) {
    const options = s.retainers[at] ?? [];
    const next =
      options.find((r) => !seen.has(r.from) && s.types[r.from] !== "hidden") ??
      options.find((r) => !seen.has(r.from));
    if (!next) {
      break;
    }
    parts.push(
      `${next.edge} ← ${s.keys[next.from]}${s.types[next.from] === "closure" ? `:${s.names[next.from]}` : ""}`,
    );
    seen.add(next.from);
    at = next.from;
  }
  return parts.join(" ");
}

function printDiff(first: Snapshot, second: Snapshot): void {
  const a = group(first);
  const b = group(second);
  const diff = [...b.entries()]
    .map(([key, g]) => {
      const was = a.get(key) ?? { count: 0, size: 0 };
      return { key, count: g.count - was.count, size: g.size - was.size };
    })
    .sort((x, y) => Math.abs(y.size) - Math.abs(x.size))
    .slice(0, top);
  const byType = new Map<string, number>();
  first.types.forEach((t, i) => byType.set(t, (byType.get(t) ?? 0) - (first.selfSize[i] ?? 0)));
  second.types.forEach((t, i) => byType.set(t, (byType.get(t) ?? 0) + (second.selfSize[i] ?? 0)));
  console.log(
    "Δ self bytes by node type: " +
      [...byType.entries()]
        .filter(([, v]) => v !== 0)
        .map(([t, v]) => `${t} ${v}`)
        .join(", "),
  );
  const oldIds = new Set(first.ids);
  const example = new Map<string, number>();
  second.keys.forEach((key, i) => {
    if (!example.has(key) && !oldIds.has(second.ids[i] ?? -1)) {
      example.set(key, i);
    }
  });
  console.log(
    formatTable(
      ["constructor", "Δ count", "Δ self bytes", "a new one is held by"],
      diff.map((d) => {
        const node = example.get(d.key);
        return [
          d.key.slice(0, 40),
          String(d.count),
          String(d.size),
          node === undefined ? "" : retainerPath(second, node).slice(0, 200),
        ];
      }),
    ),
  );
}

const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

// Which source files the newly compiled machine code belongs to (via the build's source maps).
function attributeCode(first: Snapshot, second: Snapshot, scripts: Map<string, string>): void {
  const oldIds = new Set(first.ids);
  const maps = new Map<string, TraceMap | null>();
  const bySource = new Map<string, { count: number; size: number; fns: Set<string> }>();
  second.names.forEach((name, i) => {
    if (name !== "system / InstructionStream" || oldIds.has(second.ids[i] ?? -1)) {
      return;
    }
    // InstructionStream ← Code ← closure or SharedFunctionInfo ← closure.
    let frontier = [i];
    let found: number | undefined;
    for (let depth = 0; depth < 4 && found === undefined; depth++) {
      const next: number[] = [];
      for (const n of frontier) {
        for (const r of second.retainers[n] ?? []) {
          if (second.locations.has(r.from)) {
            found = r.from;
            break;
          }
          next.push(r.from);
        }
        if (found !== undefined) {
          break;
        }
      }
      frontier = next.slice(0, 50);
    }
    let source = "(unknown)";
    let fn = "?";
    const at = found === undefined ? undefined : second.locations.get(found);
    if (at) {
      const url = scripts.get(String(at[0])) ?? "";
      const file = /\/assets\/[^?#]+\.js/.exec(url)?.[0];
      source = url.replace(/^.*\//, "") || "(inline)";
      if (file) {
        if (!maps.has(file)) {
          try {
            maps.set(file, new TraceMap(readFileSync(`${DIST}${file}.map`, "utf8")));
          } catch {
            maps.set(file, null);
          }
        }
        const map = maps.get(file);
        if (map) {
          const pos = originalPositionFor(map, { line: at[1] + 1, column: at[2] });
          source = (pos.source ?? source)
            .replace(/^.*node_modules\//, "npm:")
            .replace(/^(\.\.\/)+/, "");
          fn = `${pos.name ?? "?"}:${pos.line ?? `@${at[1]}:${at[2]}`}`;
        }
      }
    }
    const g = bySource.get(source) ?? { count: 0, size: 0, fns: new Set<string>() };
    g.count++;
    g.size += second.selfSize[i] ?? 0;
    g.fns.add(fn);
    bySource.set(source, g);
  });
  console.log(
    formatTable(
      ["source of new machine code", "functions", "bytes", "some"],
      [...bySource.entries()]
        .sort((x, y) => y[1].size - x[1].size)
        .slice(0, top)
        .map(([src, g]) => [
          src,
          String(g.count),
          String(g.size),
          [...g.fns].slice(0, 6).join(" "),
        ]),
    ),
  );
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${flags.app}/?gateway=${encodeURIComponent(flags.gateway ?? "")}`);
    await page.getByRole("button", { name: "Send", exact: true }).waitFor();
    await fillAddInstance(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.enable");
    const scripts = new Map<string, string>();
    cdp.on("Debugger.scriptParsed", (event: { scriptId: string; url: string }) => {
      scripts.set(event.scriptId, event.url);
    });
    await cdp.send("Debugger.enable");
    for (let i = 0; i < Number(flags.warmup); i++) {
      await sendAndSettle(page);
      if (i % 50 === 49) {
        await page.evaluate(() => performance.clearResourceTimings());
      }
    }
    await page.evaluate(() => performance.clearResourceTimings());
    const usage = async (): Promise<number> =>
      ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize;
    const first = await takeSnapshot(cdp);
    const usedBefore = await usage();
    const runSends = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) {
        await sendAndSettle(page);
        if (i % 50 === 49) {
          await page.evaluate(() => performance.clearResourceTimings());
        }
      }
      await page.evaluate(() => performance.clearResourceTimings());
    };
    await runSends(sends);
    const second = await takeSnapshot(cdp);
    const usedAfter = await usage();
    console.log(
      `used heap ${(usedBefore / 1e6).toFixed(2)} → ${(usedAfter / 1e6).toFixed(2)} MB over ${sends} sends (${(((usedAfter - usedBefore) / usedBefore) * 100).toFixed(1)}%)`,
    );
    printDiff(first, second);
    attributeCode(first, second, scripts);
    // A second round shows whether the growth goes on (held per send) or was one-off (code, caches).
    await runSends(sends);
    const third = await takeSnapshot(cdp);
    const usedThird = await usage();
    console.log(
      `\nused heap ${(usedAfter / 1e6).toFixed(2)} → ${(usedThird / 1e6).toFixed(2)} MB over the next ${sends} sends`,
    );
    printDiff(second, third);
  } finally {
    await browser.close();
  }
}

await main();
