import { describe, expect, it } from "vitest";
import { initialLoadTest, useLoadTestStore } from "../load-test-store";
import { resetStores } from "./reset-stores";

describe("resetStores()", () => {
  it("puts the load test back to a fresh page's: no result, default fields", () => {
    useLoadTestStore.setState({
      status: "done",
      startedAt: 1000,
      fields: { ...initialLoadTest().fields, concurrency: "64" },
      stopReason: { kind: "stopped" },
    });
    resetStores();
    const state = useLoadTestStore.getState();
    for (const [key, value] of Object.entries(initialLoadTest())) {
      expect(state[key as keyof typeof state]).toEqual(value);
    }
  });
});
