import { describe, expect, it } from "vitest";
import { createBatchQueue } from "./batch-queue";

describe("createBatchQueue()", () => {
  it("runs 70 items as batches of 32, 32 and 6 and answers each in order", async () => {
    const batches: number[][] = [];
    const queue = createBatchQueue(async (items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 10);
    }, 32);
    const items = Array.from({ length: 70 }, (_, i) => i);
    const results = await Promise.all(queue.push(items));
    expect(batches.map((b) => b.length)).toEqual([32, 32, 6]);
    expect(batches.flat()).toEqual(items);
    expect(results).toEqual(items.map((n) => n * 10));
  });

  it("lets items pushed together from several callers share a batch", async () => {
    const sizes: number[] = [];
    const queue = createBatchQueue(async (items: string[]) => {
      sizes.push(items.length);
      return items.map((s) => s.toUpperCase());
    }, 8);
    const first = queue.push(["a", "b"]);
    const second = queue.push(["c"]);
    expect(await Promise.all([...first, ...second])).toEqual(["A", "B", "C"]);
    expect(sizes).toEqual([3]);
  });

  it("collects items arriving while a batch runs into the next batch", async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queue = createBatchQueue(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) {
        await gate;
      }
      return items;
    }, 4);
    const first = queue.push([1]);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [...queue.push([2, 3]), ...queue.push([4, 5, 6])];
    expect(queue.waiting).toBe(5);
    release();
    expect(await Promise.all([...first, ...later])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batches).toEqual([[1], [2, 3, 4, 5], [6]]);
  });

  it("rejects only the items of a failing batch and keeps serving", async () => {
    const queue = createBatchQueue(async (items: number[]) => {
      if (items.includes(0)) {
        throw new Error("model failed");
      }
      return items;
    }, 2);
    const results = await Promise.allSettled(queue.push([0, 1, 2, 3]));
    expect(results.map((r) => r.status)).toEqual([
      "rejected",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    expect(await Promise.all(queue.push([7]))).toEqual([7]);
  });

  it("refuses a max batch below 1", () => {
    expect(() => createBatchQueue(async (items: number[]) => items, 0)).toThrow(RangeError);
  });
});
