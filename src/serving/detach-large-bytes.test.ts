import { describe, expect, it } from "vitest";
import { blobOfBytes } from "./bytes-blob";
import { attachBytes, DETACH_FROM_BYTES, detachLargeBytes } from "./detach-large-bytes";
import type { Instance } from "./types";

function filled(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
}

describe("detachLargeBytes / attachBytes", () => {
  it("takes out large byte values as Blobs and puts the same bytes back", async () => {
    const big = filled(DETACH_FROM_BYTES, 1);
    const wrapped = filled(DETACH_FROM_BYTES + 7, 2);
    const small = filled(10, 3);
    const instances: Instance[] = [
      { image: big, note: "x" },
      { image: { kind: "bytes", value: wrapped }, tiny: small, n: 3 },
    ];
    const job = detachLargeBytes(instances);
    expect(job.detached.map((d) => [d.instance, d.name, d.wrapped, d.blob.size])).toEqual([
      [0, "image", false, big.byteLength],
      [1, "image", true, wrapped.byteLength],
    ]);
    // What would be cloned into the worker holds no large bytes.
    expect(job.instances[0]?.image).toEqual(new Uint8Array(0));
    expect(job.instances[1]?.tiny).toBe(small);
    const back = await attachBytes(structuredClone(job));
    expect(back).toEqual(instances);
    // The caller's instances are left as they were.
    expect(instances[0]?.image).toBe(big);
  });

  it("keeps a single instance single", async () => {
    const one: Instance = { image: filled(DETACH_FROM_BYTES * 2, 4) };
    const job = detachLargeBytes(one);
    expect(job.single).toBe(true);
    expect(await attachBytes(job)).toEqual(one);
  });

  it("refuses detached bytes that name a missing instance", async () => {
    const job = detachLargeBytes([{ image: filled(DETACH_FROM_BYTES, 5) }]);
    await expect(attachBytes({ ...job, instances: [] })).rejects.toThrow(/instance 0/);
  });
});

describe("blobOfBytes", () => {
  it("makes one Blob per byte array and gives another type as a slice of it", async () => {
    const bytes = filled(1000, 6);
    const jpeg = blobOfBytes(bytes, "image/jpeg");
    expect(blobOfBytes(bytes, "image/jpeg")).toBe(jpeg);
    expect(blobOfBytes(bytes)).toBe(jpeg);
    const png = blobOfBytes(bytes, "image/png");
    expect(png.type).toBe("image/png");
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(bytes);
    expect(blobOfBytes(filled(1000, 6))).not.toBe(jpeg);
  });
});
