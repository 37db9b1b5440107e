import { render, screen } from "@testing-library/react";
import { act } from "react";
import { beforeEach, expect, it } from "vitest";
import { initialComparison, useComparisonStore } from "../state/comparison-store";
import { ComparisonSlot } from "./comparison-slot";
import type { InferExchange } from "../serving/types";

const exchange: InferExchange = {
  result: { ok: true, instances: [] },
  requestBytes: 0,
  replyBytes: 0,
  elapsedMs: 1,
  requestJson: null,
  replyJson: null,
};

beforeEach(() => useComparisonStore.setState(initialComparison()));

it(
  "loads the Comparison region when the store opens a comparison, and removes it on close",
  { timeout: 60_000 },
  async () => {
    render(<ComparisonSlot />);
    expect(screen.queryByRole("region", { name: "Comparison" })).not.toBeInTheDocument();
    const side = { title: "t", servable: "add", method: "add_common", finishedAt: 0, exchange };
    act(() => useComparisonStore.getState().openComparison(side, { ...side, title: "u" }));
    // The region's chunk loads on first use; on a busy machine that can take a while.
    expect(
      await screen.findByRole("region", { name: "Comparison" }, { timeout: 30_000 }),
    ).toBeInTheDocument();
    act(() => useComparisonStore.getState().closeComparison());
    expect(screen.queryByRole("region", { name: "Comparison" })).not.toBeInTheDocument();
  },
);
