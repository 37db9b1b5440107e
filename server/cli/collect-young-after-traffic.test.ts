import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { collectYoungAfterTraffic } from "./collect-young-after-traffic";

describe("collectYoungAfterTraffic", () => {
  let stop: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it("runs a young collection each time the traffic grows by the limit, and none before", () => {
    let bytes = 0;
    const collect = vi.fn();
    stop = collectYoungAfterTraffic(() => bytes, { limitBytes: 1000, sampleMs: 10, collect });
    bytes = 999;
    vi.advanceTimersByTime(50);
    expect(collect).not.toHaveBeenCalled();
    bytes = 1000;
    vi.advanceTimersByTime(10);
    expect(collect).toHaveBeenCalledTimes(1);
    expect(collect).toHaveBeenCalledWith({ type: "minor" });
    // Counted from the last collection, not from zero.
    bytes = 1500;
    vi.advanceTimersByTime(50);
    expect(collect).toHaveBeenCalledTimes(1);
    bytes = 2000;
    vi.advanceTimersByTime(10);
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it("counts from the traffic already passed when it starts", () => {
    const collect = vi.fn();
    stop = collectYoungAfterTraffic(() => 5000, { limitBytes: 1000, sampleMs: 10, collect });
    vi.advanceTimersByTime(100);
    expect(collect).not.toHaveBeenCalled();
  });

  it("stops sampling once stopped", () => {
    let bytes = 0;
    const collect = vi.fn();
    collectYoungAfterTraffic(() => bytes, { limitBytes: 10, sampleMs: 10, collect })();
    bytes = 100;
    vi.advanceTimersByTime(100);
    expect(collect).not.toHaveBeenCalled();
  });
});
