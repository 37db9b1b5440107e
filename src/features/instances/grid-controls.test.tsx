import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createDraftValue, type TensorDraft } from "../../draft/draft-value";
import { TensorEditor } from "./tensor-editor";

function Harness(props: { initial: TensorDraft }) {
  const [draft, setDraft] = useState(props.initial);
  return <TensorEditor name="x1" draft={draft} onChange={setDraft} />;
}

const grid = (): TensorDraft => ({
  ...(createDraftValue("tensor", { kind: "tensor", shape: [2, 2] }) as TensorDraft),
  cells: ["1", "2", "3", "4"],
});
const cell = (r: number, c: number) =>
  screen.getByRole<HTMLInputElement>("textbox", { name: `x1 row ${r}, column ${c}` });

describe("GridControls", () => {
  it("resizes as a size is typed digit by digit without dropping values on the way", async () => {
    const user = userEvent.setup();
    render(<Harness initial={grid()} />);
    const columns = screen.getByRole("spinbutton", { name: "x1 columns" });
    await user.clear(columns);
    expect(columns).toHaveValue(null);
    // "1" on the way to "12" passes through a one-column grid.
    await user.type(columns, "12");
    expect(columns).toHaveValue(12);
    expect([cell(1, 1), cell(1, 2), cell(2, 2), cell(2, 12)].map((c) => c.value)).toEqual([
      "1",
      "2",
      "4",
      "0",
    ]);
    await user.tab();
    await user.clear(columns);
    await user.type(columns, "1");
    await user.tab();
    expect(columns).toHaveValue(1);
    expect(screen.queryByRole("textbox", { name: "x1 row 1, column 2" })).not.toBeInTheDocument();
  });
});
