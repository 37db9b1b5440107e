/** Seeded choices for fuzz cases: each case draws from its own generator, so any case can be replayed alone. */
import { createUniformRandom } from "../../server/serving/onnx/seeded-random";

/** A seeded source of integers, picks and bytes. */
export class FuzzRandom {
  private readonly uniform: () => number;

  /** A generator for case `index` of the run seeded with `seed`. */
  constructor(seed: number, index = 0) {
    // Mixing the index through a large odd multiplier keeps neighbouring cases unrelated.
    this.uniform = createUniformRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  }

  /** Returns a whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.uniform() * (max - min + 1));
  }

  /** Returns true with probability `p`. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** Returns one element of `items`; throws on an empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) {
      throw new Error("pick() needs at least one item");
    }
    return item;
  }

  /** Returns one key of `weights`, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let left = this.uniform() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      left -= weight;
      if (left < 0) {
        return key;
      }
    }
    const last = entries[entries.length - 1];
    if (last === undefined) {
      throw new Error("weighted() needs at least one entry");
    }
    return last[0];
  }

  /** Returns `length` random bytes. */
  bytes(length: number): Buffer {
    const out = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i++) {
      out[i] = this.int(0, 255);
    }
    return out;
  }

  /** Returns `bytes` cut into pieces of 1 to `maxPiece` bytes. */
  split(bytes: Buffer, maxPiece: number): Buffer[] {
    const pieces: Buffer[] = [];
    for (let at = 0; at < bytes.byteLength;) {
      const size = this.int(1, maxPiece);
      pieces.push(bytes.subarray(at, at + size));
      at += size;
    }
    return pieces;
  }
}
