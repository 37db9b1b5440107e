import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFirstPaint } from "./after-first-paint";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("afterFirstPaint()", () => {
  it("runs the work once, in a task after the next animation frame", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const work = vi.fn();
    let ran!: () => void;
    const done = new Promise<void>((resolve) => {
      ran = resolve;
    });
    afterFirstPaint(() => {
      work();
      ran();
    });
    await Promise.resolve();
    expect(work).not.toHaveBeenCalled();
    frames.shift()?.(0);
    expect(work).not.toHaveBeenCalled();
    await done;
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs the work where frames never come", async () => {
    vi.stubGlobal("requestAnimationFrame", undefined);
    await new Promise<void>((resolve) => afterFirstPaint(resolve));
  });
});
