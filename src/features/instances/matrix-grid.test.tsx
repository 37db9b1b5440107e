import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ReactNode, useState } from "react";
import { describe, expect, it } from "vitest";
import { createArrayCells, isArrayCells, readCell } from "../../draft/array-cells";
import { createDraftValue, type TensorDraft } from "../../draft/draft-value";
import { MatrixGrid } from "./matrix-grid";

function Harness(props: { initial: TensorDraft; onDraft?: (d: TensorDraft) => void }) {
  const [draft, setDraft] = useState(props.initial);
  return (
    <MatrixGrid
      name="x1"
      draft={draft}
      onChange={(next) => {
        setDraft(next);
        props.onDraft?.(next);
      }}
    />
  );
}

const grid = (dtype: TensorDraft["dtype"] = "float32") =>
  createDraftValue("tensor", { kind: "tensor", dtype, shape: [2, 2] }) as TensorDraft;
const cell = (r: number, c: number) =>
  screen.getByRole("textbox", { name: `x1 row ${r}, column ${c}` });
const bigGrid = (cells: TensorDraft["cells"]): TensorDraft => ({
  ...grid(),
  rows: 1000,
  cols: 1000,
  cells,
});

/** Pastes text on an element, as from the clipboard. */
const paste = (target: HTMLElement, text: string) =>
  fireEvent.paste(target, { clipboardData: { getData: () => text } });

/**
 * Renders the grid in its harness (with `after` behind it); returns the user, the container and a
 * reader of the last draft the grid gave.
 */
function renderGrid(initial: TensorDraft, after?: ReactNode) {
  const user = userEvent.setup();
  let last: TensorDraft | undefined;
  const { container } = render(
    <>
      <Harness initial={initial} onDraft={(d) => (last = d)} />
      {after}
    </>,
  );
  const latest = (): TensorDraft => {
    if (!last) {
      throw new Error("The grid has given no draft yet");
    }
    return last;
  };
  return { user, container, latest };
}

// Keyboard-driven grid tests render many cells; a loaded machine needs more than the default 5 s.
describe("MatrixGrid", { timeout: 30_000 }, () => {
  it("moves with arrows, Enter and Tab", async () => {
    const { user } = renderGrid(grid());
    await user.click(cell(0, 0));
    await user.keyboard("{ArrowDown}");
    expect(cell(1, 0)).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell(1, 1)).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(cell(0, 1)).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(cell(1, 1)).toHaveFocus();
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    expect(cell(0, 1)).toHaveFocus();
    await user.click(cell(0, 0));
    await user.tab();
    expect(cell(0, 1)).toHaveFocus();
  });

  it("keeps the caret moving inside the text until it reaches the edge", async () => {
    const { user } = renderGrid({ ...grid(), cells: ["12", "0", "0", "0"] });
    await user.click(cell(0, 0));
    (cell(0, 0) as HTMLInputElement).setSelectionRange(1, 1);
    await user.keyboard("{ArrowRight}");
    expect(cell(0, 0)).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell(0, 1)).toHaveFocus();
  });

  it("marks invalid cells for the dtype with the reason, not by colour alone", async () => {
    const { user } = renderGrid(grid("uint8"));
    await user.clear(cell(0, 1));
    await user.type(cell(0, 1), "300");
    expect(cell(0, 1)).toHaveAttribute("aria-invalid", "true");
    expect(cell(0, 0)).toHaveAttribute("aria-invalid", "false");
    expect(screen.getByText(/x1\[0, 1\]: 300 is out of range for uint8/)).toBeInTheDocument();
  });

  it("shows the float16 value that will be sent", async () => {
    const { user } = renderGrid(grid("float16"));
    await user.clear(cell(0, 0));
    await user.type(cell(0, 0), "0.1");
    expect(cell(0, 0)).toHaveAttribute("title", "sends 0.0999755859375");
    expect(screen.getByText("→ 0.099976")).toBeInTheDocument();
  });

  it("pastes spreadsheet cells from the focused cell, growing the grid", () => {
    const { latest } = renderGrid(grid());
    paste(cell(1, 1), "5\t6\n7\t8");
    expect(latest()).toMatchObject({ rows: 3, cols: 3 });
    expect(cell(2, 2)).toHaveValue("8");
    expect(cell(1, 1)).toHaveValue("5");
  });

  it("pastes numpy array text as the whole tensor and reports ragged text", () => {
    renderGrid(grid());
    paste(cell(0, 0), "array([[1., 2., 3.]], dtype=float32)");
    expect(cell(0, 2)).toHaveValue("3.");
    expect(screen.queryByRole("textbox", { name: "x1 row 1, column 0" })).toBeNull();
    paste(cell(0, 0), "[[1, 2], [3]]");
    expect(screen.getByText(/Cannot paste: ragged nesting/)).toBeInTheDocument();
  });

  it("edits a 1000×1000 tensor with only the visible cells in the page", async () => {
    const { user, latest } = renderGrid(bigGrid(Array.from({ length: 1_000_000 }, () => "0")));
    expect(screen.getAllByRole("textbox").length).toBeLessThan(2000);
    expect(screen.queryByRole("textbox", { name: "x1 row 999, column 999" })).toBeNull();
    await user.click(cell(0, 0));
    await user.keyboard("5{Tab}7{Enter}");
    expect(cell(1, 1)).toHaveFocus();
    expect([0, 1].map((i) => readCell(latest().cells, i))).toEqual(["5", "7"]);
    paste(cell(1, 1), "1\t2\n3\t4");
    expect(latest()).toMatchObject({ rows: 1000, cols: 1000 });
    expect([1001, 1002, 2001, 2002].map((i) => readCell(latest().cells, i))).toEqual([
      "1",
      "2",
      "3",
      "4",
    ]);
  }, 60_000);

  it("edits a 1000×1000 grid backed by a file's typed array, keeping it typed", async () => {
    const data = Float32Array.from({ length: 1_000_000 }, (_, i) => (i % 1000) / 8);
    const { user, latest } = renderGrid(bigGrid(createArrayCells("float32", data)));
    expect(screen.getAllByRole("textbox").length).toBeLessThan(2000);
    expect(cell(0, 3)).toHaveValue("0.375");
    await user.click(cell(0, 1));
    await user.keyboard("x{Enter}");
    expect(cell(1, 1)).toHaveFocus();
    expect(cell(0, 1)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/x1\[0, 1\]: x is not a number/)).toBeInTheDocument();
    paste(cell(1, 1), "1\t2\n3\t4");
    expect(latest()).toMatchObject({ rows: 1000, cols: 1000 });
    const { cells } = latest();
    expect(isArrayCells(cells)).toBe(true);
    expect([1, 1001, 1002, 2001, 2002, 2003].map((i) => readCell(cells, i))).toEqual([
      "x",
      "1",
      "2",
      "3",
      "4",
      "0.375",
    ]);
    // The file's array itself is never written to.
    expect(data[1001]).toBe(0.125);
  }, 60_000);

  it("keeps the focused cell while it is scrolled away, and Tab leaves the grid from its last cell", async () => {
    const { user, container, latest } = renderGrid(
      bigGrid(createArrayCells("float32", new Float32Array(1_000_000))),
      <button type="button">after</button>,
    );
    const scroller = container.querySelector(".matrix-scroll")!;
    const scrollTo = (top: number, left: number) => {
      // Without layout the page never moves the scroll area itself; the grid reads these offsets.
      Object.defineProperty(scroller, "scrollTop", { value: top, configurable: true });
      Object.defineProperty(scroller, "scrollLeft", { value: left, configurable: true });
      fireEvent.scroll(scroller);
    };
    await user.click(cell(0, 0));
    await user.keyboard("4");
    scrollTo(44 * 500, 92 * 500);
    await screen.findByRole("textbox", { name: "x1 row 500, column 500" });
    expect(cell(0, 0)).toHaveFocus();
    await user.keyboard("2");
    expect(readCell(latest().cells, 0)).toBe("42");
    // One cell is in the Tab order, so Tab past the last cell moves on to what follows the grid.
    scrollTo(44 * 1000, 92 * 1000);
    await user.click(await screen.findByRole("textbox", { name: "x1 row 999, column 999" }));
    expect(screen.getAllByRole("textbox").filter((input) => input.tabIndex === 0)).toEqual([
      cell(999, 999),
    ]);
    await user.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
  }, 60_000);
});
