import { Float16Array } from "@petamoriken/float16";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { OutputView } from "./output-view";
import type { OutputValue } from "../../serving/types";

afterEach(cleanup);

const cellTexts = () => screen.getAllByRole("cell").map((cell) => cell.textContent);
const statOf = (term: string) => screen.getByText(term).nextSibling?.textContent;

// Building and paging 10^6-element tensors in jsdom takes seconds on a busy machine.
const BIG_TEST_BUDGET_MS = 30_000;

describe("OutputView of numeric tensors", () => {
  it("shows dtype, shape and min/max/mean above the grid", () => {
    const output: OutputValue = {
      kind: "tensor",
      dtype: "float32",
      shape: [2, 3],
      data: new Float32Array([1, 2, 3, 4, 5, 6.5]),
    };
    render(<OutputView name="y" output={output} />);
    expect(screen.getByRole("group", { name: "y" })).toHaveTextContent(
      "y (2 × 3)6 numbers, float32",
    );
    expect([statOf("Min"), statOf("Max"), statOf("Mean")]).toEqual(["1", "6.5", "3.58333"]);
    expect(cellTexts()).toEqual(["1", "2", "3", "4", "5", "6.5"]);
    expect(screen.getAllByRole("rowheader").map((th) => th.textContent)).toEqual(["0", "1"]);
  });

  it(
    "renders a 10^6-element tensor as one page of cells and pages through it",
    async () => {
      const user = userEvent.setup();
      const data = new Float32Array(1_000_000).map((_, i) => i);
      render(
        <OutputView
          name="big"
          output={{ kind: "tensor", dtype: "float32", shape: [1000, 1000], data }}
        />,
      );
      expect(screen.getAllByRole("cell")).toHaveLength(20 * 12);
      expect(document.querySelectorAll("td").length).toBeLessThan(300);
      expect([statOf("Min"), statOf("Max"), statOf("Mean")]).toEqual(["0", "999999", "500000"]);
      expect(screen.getByText("Rows 1–20 of 1000")).toBeInTheDocument();

      expect(screen.queryByRole("img", { name: /Heatmap overview/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Heatmap of big" }));
      expect(
        screen.getByRole("img", {
          name: "Heatmap overview of big: 1000 × 1000 values from 0 to 999999",
        }),
      ).toHaveAttribute("width", "200");
      await user.click(screen.getByRole("button", { name: "Heatmap of big" }));

      await user.click(screen.getByRole("button", { name: "Next rows of big" }));
      expect(screen.getByText("Rows 21–40 of 1000")).toBeInTheDocument();
      expect(cellTexts()[0]).toBe("20000");

      const lastColumns = screen.getByRole("button", { name: "Last columns of big" });
      await user.click(lastColumns);
      expect(screen.getByText("Columns 989–1000 of 1000")).toBeInTheDocument();
      // At the end the button says so but keeps focus, and pressing it again changes nothing.
      expect(lastColumns).toHaveAttribute("aria-disabled", "true");
      expect(lastColumns).toHaveFocus();
      await user.keyboard("{Enter}");
      expect(screen.getByText("Columns 989–1000 of 1000")).toBeInTheDocument();
      expect(cellTexts()[0]).toBe("20988");

      const rows = screen.getByRole("group", { name: "Rows of big" });
      const field = within(rows).getByLabelText("Go to row");
      await user.clear(field);
      await user.type(field, "500{Enter}");
      expect(screen.getByText("Rows 500–519 of 1000")).toBeInTheDocument();
      expect(cellTexts()[0]).toBe("499988");
      expect(screen.getAllByRole("cell")).toHaveLength(20 * 12);
    },
    BIG_TEST_BUDGET_MS,
  );

  it(
    "wraps a long 1-D tensor into rows of 10 and pages by rows only",
    () => {
      const data = new Float32Array(1_000_000).map((_, i) => i * 0.5);
      render(
        <OutputView
          name="v"
          output={{ kind: "tensor", dtype: "float32", shape: [1_000_000], data }}
        />,
      );
      expect(screen.getAllByRole("cell")).toHaveLength(20 * 10);
      expect(screen.getByText("Rows 1–20 of 100000")).toBeInTheDocument();
      expect(screen.queryByRole("group", { name: "Columns of v" })).not.toBeInTheDocument();
      expect(cellTexts().slice(0, 3)).toEqual(["0", "0.5", "1"]);
    },
    BIG_TEST_BUDGET_MS,
  );

  it("toggles a 2-D tensor's heatmap, keeping the numbers in the cells", async () => {
    const user = userEvent.setup();
    const output: OutputValue = {
      kind: "tensor",
      dtype: "int32",
      shape: [2, 2],
      data: new Int32Array([0, 1, 2, 4]),
    };
    render(<OutputView name="m" output={output} />);
    const toggle = screen.getByRole("button", { name: "Heatmap of m" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(screen.getAllByRole("cell")[0]).not.toHaveStyle({ background: "rgb(68, 1, 84)" });

    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(within(toggle).getByText("on")).toBeInTheDocument();
    const cells = screen.getAllByRole("cell");
    expect(cells[0]).toHaveStyle({ background: "rgb(68, 1, 84)", color: "rgb(255, 255, 255)" });
    expect(cells[3]).toHaveStyle({ background: "rgb(253, 231, 37)" });
    expect(cells.map((cell) => cell.textContent)).toEqual(["0", "1", "2", "4"]);
    expect(screen.getByRole("table", { name: "Values of m as a heatmap" })).toBeInTheDocument();
    // A matrix that fits one page needs no overview image.
    expect(screen.queryByRole("img")).not.toBeInTheDocument();

    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  it("offers no heatmap for 1-D or rank-3 tensors", () => {
    render(
      <OutputView
        name="v"
        output={{ kind: "tensor", dtype: "float32", shape: [3], data: new Float32Array(3) }}
      />,
    );
    render(
      <OutputView
        name="t"
        output={{ kind: "tensor", dtype: "float32", shape: [2, 2, 2], data: new Float32Array(8) }}
      />,
    );
    expect(screen.queryByRole("button", { name: /Heatmap/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole("rowheader").map((th) => th.textContent)).toContain("[1, 1]");
  });

  it("prints int64 exactly and float16 as stored", () => {
    render(
      <OutputView
        name="ids"
        output={{
          kind: "tensor",
          dtype: "int64",
          shape: [2],
          data: new BigInt64Array([9007199254740993n, -1n]),
        }}
      />,
    );
    expect(cellTexts()).toEqual(["9007199254740993", "-1"]);
    expect(statOf("Max")).toBe("9007199254740993");
    cleanup();
    render(
      <OutputView
        name="h"
        output={{ kind: "tensor", dtype: "float16", shape: [2], data: new Float16Array([0.1, 3]) }}
      />,
    );
    expect(cellTexts()).toEqual(["0.0999756", "3"]);
  });

  it("prints a bool tensor's elements and extremes as true/false and its mean as the share of true", () => {
    render(
      <OutputView
        name="mask"
        output={{ kind: "tensor", dtype: "bool", shape: [4], data: new Uint8Array([1, 0, 1, 1]) }}
      />,
    );
    expect(cellTexts()).toEqual(["true", "false", "true", "true"]);
    expect([statOf("Min"), statOf("Max"), statOf("Mean")]).toEqual(["false", "true", "0.75"]);
  });

  it("shows a scalar output as one value", () => {
    render(
      <OutputView name="s" output={{ kind: "scalar", dtype: "float32", shape: [], value: 4 }} />,
    );
    const group = screen.getByRole("group", { name: "s" });
    expect(group).toHaveTextContent("s: 4one float32 number");
    expect(within(group).getByText("4")).toBeInTheDocument();
    expect(within(group).queryByRole("table")).not.toBeInTheDocument();
  });
});
