import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { readDraftArchive } from "../tensor-files/archive/read-draft-archive";
import { runNumpy } from "../tensor-files/testing/run-numpy";
import { buildRunRecord } from "./build-run-record";
import { readHistoryArchive, writeHistoryArchive } from "./history-archive";
import { HistoryDb } from "./history-db";
import { failedSend, sampleSend } from "./testing/sample-runs";

const BIG = 1024 * 1024 * 1024;
const opened: HistoryDb[] = [];

afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
});

async function open(name: string): Promise<HistoryDb> {
  const db = await HistoryDb.open(name);
  opened.push(db);
  return db;
}

describe("history archives", () => {
  it("export then import gives back the same records", async () => {
    const source = await open("archive-source");
    const ok = await buildRunRecord(sampleSend(1000));
    const failed = await buildRunRecord(failedSend(2000));
    await source.putMany([ok, failed], BIG);
    await source.setPinned(ok.summary.id, true, "baseline");
    const { runs } = await source.list();
    const records = await Promise.all(runs.map(async (r) => (await source.load(r.id))!));

    const zip = writeHistoryArchive(records);
    const read = await readHistoryArchive(zip);
    expect(read.skipped).toEqual([]);

    const target = await open("archive-target");
    await target.putMany(read.records, BIG);
    const listed = await target.list();
    expect(listed.runs).toEqual(runs);
    for (const run of runs) {
      expect(await target.load(run.id)).toEqual(await source.load(run.id));
    }
  });

  it("is readable with unzip and numpy, and imports as a draft too", async () => {
    const record = await buildRunRecord(sampleSend(1000));
    const zip = writeHistoryArchive([record]);
    const draft = readDraftArchive(zip);
    expect(draft.instances).toEqual(sampleSend(1000).instances);

    const dir = mkdtempSync(join(tmpdir(), "history-archive-"));
    try {
      writeFileSync(join(dir, "history.zip"), zip);
      const seen = runNumpy<{ y: string[]; big: string[]; image: number[]; method: string }>(
        `
import io, json, zipfile, numpy as np
z = zipfile.ZipFile("history.zip")
m = json.loads(z.read("manifest.json"))
run = m["runs"][0]
outs = run["exchange"]["result"]["instances"][0]["outputs"]
y = np.load(io.BytesIO(z.read(outs["y"]["npy"])))
big = np.load(io.BytesIO(z.read(outs["big"]["npy"])))
img = run["instances"][0]["values"]["photo"]["file"]["path"]
print(json.dumps({"y": [str(y.dtype)] + [repr(float(v)) for v in y.ravel()],
  "big": [str(big.dtype)] + [str(int(v)) for v in big],
  "image": list(z.read(img)), "method": run["connection"]["method"]}))
`,
        dir,
      );
      expect(seen.y).toEqual(["float16", "0.0999755859375", "65504.0", "-0.0", "nan"]);
      expect(seen.big).toEqual(["int64", String(-(2n ** 63n)), String(2n ** 62n + 1n)]);
      expect(seen.image).toEqual(Array.from(sampleSend(1000).files.f1!));
      expect(seen.method).toBe("add_common");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("skips a damaged run with the reason and reads the others", async () => {
    const zip = writeHistoryArchive([
      await buildRunRecord(sampleSend(2000)),
      await buildRunRecord(sampleSend(1000)),
    ]);
    const members = unzipSync(zip);
    const manifest = JSON.parse(new TextDecoder().decode(members["manifest.json"])) as {
      runs: { exchange: { result: { instances: { outputs?: { y: { npy: string } } }[] } } }[];
    };
    const first = manifest.runs[0]!.exchange.result.instances[0]!.outputs!;
    delete members[first.y.npy];
    members["manifest.json"] = strToU8(JSON.stringify(manifest));
    const read = await readHistoryArchive(zipSync(members));
    expect(read.records).toHaveLength(1);
    expect(read.skipped).toEqual([
      expect.stringMatching(/^run 0: .*result 0 output y.*is missing/),
    ]);
  });

  it("refuses a file that is not an archive, naming why", async () => {
    await expect(readHistoryArchive(Uint8Array.of(1, 2, 3))).rejects.toThrow(
      /not a readable archive/,
    );
    const other = zipSync({ "manifest.json": strToU8(JSON.stringify({ format: "x" })) });
    await expect(readHistoryArchive(other)).rejects.toThrow(/is not a serving-console-archive/);
  });
});
