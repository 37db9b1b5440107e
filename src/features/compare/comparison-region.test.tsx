import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import {
  initialComparison,
  useComparisonStore,
  type ComparedRun,
} from "../../state/comparison-store";
import { ComparisonRegion } from "./comparison-region";
import type { InferResult, OutputValue } from "../../serving/types";

function run(title: string, result: InferResult, elapsedMs = 12.5): ComparedRun {
  return {
    title,
    servable: "add",
    method: "add_common",
    version: title === "Version 2" ? 2 : 1,
    finishedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    exchange: {
      result,
      requestBytes: 10,
      replyBytes: 20,
      elapsedMs,
      requestJson: null,
      replyJson: null,
    },
  };
}

const y = (...values: number[]): OutputValue => ({
  kind: "tensor",
  dtype: "float32",
  shape: [2, 2],
  data: Float32Array.from(values),
});

function open(a: InferResult, b: InferResult) {
  useComparisonStore.getState().openComparison(run("Version 1", a), run("Version 2", b, 30));
}

beforeEach(() => {
  localStorage.clear();
  useComparisonStore.setState(initialComparison());
});

// Role queries over these tables are slow in jsdom on a busy machine.
describe("ComparisonRegion", { timeout: 60_000 }, () => {
  it(
    "shows each run's latency and the differences of a tensor, counted against the tolerance",
    { timeout: 30_000 },
    async () => {
      open(
        { ok: true, instances: [{ outputs: { y: y(6, 8, 10, 12) } }] },
        { ok: true, instances: [{ outputs: { y: y(5, 12, 21, 32) } }] },
      );
      render(<ComparisonRegion />);
      const region = screen.getByRole("region", { name: "Comparison" });
      const runs = within(region).getByRole("table", { name: "Runs compared" });
      expect(within(runs).getByRole("row", { name: /A: Version 1/ })).toHaveTextContent("12.5 ms");
      expect(within(runs).getByRole("row", { name: /B: Version 2/ })).toHaveTextContent("30 ms");

      const output = await within(
        within(region).getByRole("group", { name: "Instance 1" }),
      ).findByRole("group", { name: /^y/ });
      // The diff resolves asynchronously (in place here, as jsdom has no Worker).
      await within(output).findByText("Max absolute difference", {}, { timeout: 10_000 });
      const stat = (name: string) =>
        within(output).getByText(name).closest("dt")?.nextElementSibling;
      expect(stat("Max absolute difference")).toHaveTextContent("20 at [1, 1]");
      expect(stat("Max relative difference")).toHaveTextContent("0.625 at [1, 1]");
      expect(stat("Over tolerance")).toHaveTextContent("4");
      const values = within(output).getByRole("table", { name: "y: A and B side by side" });
      expect(within(values).getByRole("row", { name: /\[0, 1\]/ })).toHaveTextContent("[0, 1]8124");
      expect(
        within(output).getByRole("img", { name: /Heatmap of \|a − b\| for y: 2 × 2 elements/ }),
      ).toBeInTheDocument();

      const tolerance = within(region).getByRole("textbox", { name: "Tolerance" });
      await userEvent.clear(tolerance);
      await userEvent.type(tolerance, "10");
      expect(stat("Over tolerance")).toHaveTextContent("2");
      expect(useComparisonStore.getState().tolerance).toBe("10");

      await userEvent.type(tolerance, "x");
      expect(tolerance).toHaveAttribute("aria-invalid", "true");
      expect(within(region).getByRole("alert")).toHaveTextContent(
        "The tolerance must be a finite number",
      );
      expect(stat("Over tolerance")).toHaveTextContent("—");
    },
  );

  it("reports mismatched shapes, changed labels and instance errors per output and instance", async () => {
    open(
      {
        ok: true,
        instances: [
          { outputs: { y: y(1, 2, 3, 4), label: { kind: "string", shape: [1], value: "tabby" } } },
          { error: "Given model input 0 size 32 not match the size 16 defined in model" },
        ],
      },
      {
        ok: true,
        instances: [
          {
            outputs: {
              y: {
                kind: "tensor",
                dtype: "float32",
                shape: [4],
                data: Float32Array.of(1, 2, 3, 4),
              },
              label: { kind: "string", shape: [1], value: "tiger cat" },
            },
          },
        ],
      },
    );
    render(<ComparisonRegion />);
    const region = screen.getByRole("region", { name: "Comparison" });
    expect(region).toHaveTextContent("A has 2, B has 1");
    const first = within(region).getByRole("group", { name: "Instance 1" });
    const shape = within(first).getByRole("group", { name: "y" });
    expect(shape).toHaveTextContent("y has different shapes");
    expect(shape).toHaveTextContent("A: float32 [2, 2]");
    expect(shape).toHaveTextContent("B: float32 [4]");
    expect(within(first).getByRole("group", { name: "label" })).toHaveTextContent(
      "label: tabby → tiger cat",
    );
    const second = within(region).getByRole("group", { name: "Instance 2" });
    expect(second).toHaveTextContent("Only run A has this instance.");
  });

  it("shows how top-5 classes moved", () => {
    const top5 = (labels: string, scores: number[]): InferResult => ({
      ok: true,
      instances: [
        {
          outputs: {
            label: { kind: "string", shape: [1], value: labels },
            score: {
              kind: "tensor",
              dtype: "float32",
              shape: [5],
              data: Float32Array.from(scores),
            },
          },
        },
      ],
    });
    open(
      top5("cat;dog;fox;owl;bee", [9, 8, 7, 6, 5]),
      top5("dog;cat;fox;owl;emu", [9, 8, 7, 6, 5]),
    );
    render(<ComparisonRegion />);
    const group = screen.getByRole("group", { name: "label, score" });
    expect(group).toHaveTextContent("Top class: cat → dog");
    const table = within(group).getByRole("table", { name: "label, score: ranked classes" });
    expect(within(table).getByRole("row", { name: /^cat/ })).toHaveTextContent("cat1298moved down");
    expect(within(table).getByRole("row", { name: /^bee/ })).toHaveTextContent("dropped in B");
    expect(within(table).getByRole("row", { name: /^emu/ })).toHaveTextContent("new in B");
  });

  it("reports a whole-request failure on one side as such", () => {
    open(
      { ok: true, instances: [{ outputs: { y: y(1, 2, 3, 4) } }] },
      {
        ok: false,
        cause: "not-available",
        error: "Request servable(add) method(add_common) version(2) , servable is not available",
      },
    );
    render(<ComparisonRegion />);
    expect(screen.getByRole("alert")).toHaveTextContent("Run B failed as a whole request");
    expect(screen.getByRole("alert")).toHaveTextContent("servable is not available");
    expect(
      screen.getByText("Run A succeeded; there is nothing to compare it with."),
    ).toBeInTheDocument();
  });

  it("closes from the keyboard", async () => {
    open({ ok: true, instances: [] }, { ok: true, instances: [] });
    render(<ComparisonRegion />);
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Close comparison" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(screen.queryByRole("region", { name: "Comparison" })).not.toBeInTheDocument();
    expect(useComparisonStore.getState().a).toBeUndefined();
  });
});
