import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
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

describe("MatrixGrid", () => {
  it("moves with arrows, Enter and Tab", async () => {
    const user = userEvent.setup();
    render(<Harness initial={grid()} />);
    await user.click(cell(1, 1));
    await user.keyboard("{ArrowDown}");
    expect(cell(2, 1)).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell(2, 2)).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(cell(1, 2)).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(cell(2, 2)).toHaveFocus();
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    expect(cell(1, 2)).toHaveFocus();
    await user.click(cell(1, 1));
    await user.tab();
    expect(cell(1, 2)).toHaveFocus();
  });

  it("keeps the caret moving inside the text until it reaches the edge", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ ...grid(), cells: ["12", "0", "0", "0"] }} />);
    await user.click(cell(1, 1));
    (cell(1, 1) as HTMLInputElement).setSelectionRange(1, 1);
    await user.keyboard("{ArrowRight}");
    expect(cell(1, 1)).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell(1, 2)).toHaveFocus();
  });

  it("marks invalid cells for the dtype with the reason, not by colour alone", async () => {
    const user = userEvent.setup();
    render(<Harness initial={grid("uint8")} />);
    await user.clear(cell(1, 2));
    await user.type(cell(1, 2), "300");
    expect(cell(1, 2)).toHaveAttribute("aria-invalid", "true");
    expect(cell(1, 1)).toHaveAttribute("aria-invalid", "false");
    expect(screen.getByText(/x1\[0, 1\]: 300 is out of range for uint8/)).toBeInTheDocument();
  });

  it("shows the float16 value that will be sent", async () => {
    const user = userEvent.setup();
    render(<Harness initial={grid("float16")} />);
    await user.clear(cell(1, 1));
    await user.type(cell(1, 1), "0.1");
    expect(cell(1, 1)).toHaveAttribute("title", "sends 0.0999755859375");
    expect(screen.getByText("→ 0.099976")).toBeInTheDocument();
  });

  it("pastes spreadsheet cells from the focused cell, growing the grid", () => {
    let last: TensorDraft | undefined;
    render(<Harness initial={grid()} onDraft={(d) => (last = d)} />);
    fireEvent.paste(cell(2, 2), { clipboardData: { getData: () => "5\t6\n7\t8" } });
    expect(last).toMatchObject({ rows: 3, cols: 3 });
    expect(cell(3, 3)).toHaveValue("8");
    expect(cell(2, 2)).toHaveValue("5");
  });

  it("pastes numpy array text as the whole tensor and reports ragged text", () => {
    render(<Harness initial={grid()} />);
    fireEvent.paste(cell(1, 1), {
      clipboardData: { getData: () => "array([[1., 2., 3.]], dtype=float32)" },
    });
    expect(cell(1, 3)).toHaveValue("3.");
    expect(screen.queryByRole("textbox", { name: "x1 row 2, column 1" })).toBeNull();
    fireEvent.paste(cell(1, 1), { clipboardData: { getData: () => "[[1, 2], [3]]" } });
    expect(screen.getByText(/Cannot paste: ragged nesting/)).toBeInTheDocument();
  });
});
