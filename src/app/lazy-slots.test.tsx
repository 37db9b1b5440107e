import { render, screen } from "@testing-library/react";
import { act } from "react";
import { expect, it } from "vitest";
import { closeCopyAsCode, openDraftAsCode } from "../state/code-export-store";
import { CopyAsCodeSlot } from "./copy-as-code-slot";
import { HistorySlot } from "./history-slot";
import { ResultsSlot } from "./results-slot";

// Each slot's chunk loads on first use; on a busy machine that can take a while.
const CHUNK = { timeout: 30_000 };

it(
  "says the result views are loading, then shows the Results region",
  { timeout: 60_000 },
  async () => {
    render(<ResultsSlot />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the result views…");
    expect(await screen.findByRole("region", { name: "Results" }, CHUNK)).toBeInTheDocument();
    expect(screen.queryByText("Loading the result views…")).not.toBeInTheDocument();
  },
);

it("says the history is loading, then shows the History region", { timeout: 60_000 }, async () => {
  render(<HistorySlot />);
  expect(screen.getByRole("status")).toHaveTextContent("Loading the history…");
  expect(await screen.findByRole("region", { name: "History" }, CHUNK)).toBeInTheDocument();
  expect(screen.queryByText("Loading the history…")).not.toBeInTheDocument();
});

it(
  "renders nothing until Copy as code opens, then says it is loading and shows the dialog",
  { timeout: 60_000 },
  async () => {
    const { container } = render(<CopyAsCodeSlot />);
    expect(container).toBeEmptyDOMElement();
    act(() => openDraftAsCode());
    expect(screen.getByRole("status")).toHaveTextContent("Loading the code generators…");
    expect(await screen.findByRole("dialog", { name: "Copy as code" }, CHUNK)).toBeInTheDocument();
    act(() => closeCopyAsCode());
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  },
);
