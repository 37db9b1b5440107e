import { describe, expect, it } from "vitest";
import { UploadBudget, UploadShare } from "./upload-budget";

describe("UploadBudget", () => {
  it("wakes the calls waiting for room once bytes are sent, and not before", () => {
    const budget = new UploadBudget(100);
    const share = new UploadShare(budget);
    const sent = share.take(120);
    expect(budget.full).toBe(true);
    const woken: string[] = [];
    budget.whenRoom(() => woken.push("a"));
    const withdraw = budget.whenRoom(() => woken.push("b"));
    withdraw();
    expect(woken).toEqual([]);
    sent();
    expect(budget.bytes).toBe(0);
    expect(woken).toEqual(["a"]);
  });

  it("gives back each write once, and the rest when the call's stream closes", () => {
    const budget = new UploadBudget(1000);
    const share = new UploadShare(budget);
    const first = share.take(300);
    share.take(200);
    first();
    first();
    expect(budget.bytes).toBe(200);
    share.release();
    expect(budget.bytes).toBe(0);
  });

  it("calls at once when there is room", () => {
    const budget = new UploadBudget(10);
    let woken = false;
    budget.whenRoom(() => (woken = true));
    expect(woken).toBe(true);
  });
});
