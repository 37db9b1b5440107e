import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hashBytes } from "./hash-bytes";

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

describe("hashBytes", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("hashes only the bytes of a view, not the rest of its buffer", async () => {
    const buffer = new Uint8Array(4096).map((_, i) => (i * 7) % 251);
    const view = buffer.subarray(100, 3000);
    expect(await hashBytes(view)).toBe(sha256Hex(view));
    expect(await hashBytes(view)).not.toBe(sha256Hex(buffer));
  });

  it("hashes on this thread when the worker cannot load", async () => {
    class FailingWorker {
      onmessage: unknown = null;
      onerror: ((event: { preventDefault(): void }) => void) | null = null;
      postMessage(): void {
        // Fails like a worker blocked by a Content-Security-Policy: after the job is posted.
        queueMicrotask(() => this.onerror?.({ preventDefault: () => undefined }));
      }
      terminate(): void {}
    }
    vi.stubGlobal("Worker", FailingWorker);
    const bytes = new TextEncoder().encode("a photo that still gets its history entry");
    expect(await hashBytes(bytes)).toBe(sha256Hex(bytes));
  });
});
