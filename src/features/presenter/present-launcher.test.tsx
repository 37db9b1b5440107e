import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useRunInputsStore } from "../../state/run-inputs-store";
import { useRunsStore } from "../../state/runs-store";
import { loadPresenterView } from "./load-presenter-view";
import { PresentLauncher } from "./present-launcher";
import type { InferExchange, InstanceResult } from "../../serving/types";

const ranked = (labels: string, scores: number[]): InstanceResult => ({
  outputs: {
    label: { kind: "string", shape: [1], value: labels },
    score: {
      kind: "tensor",
      dtype: "float32",
      shape: [scores.length],
      data: new Float32Array(scores),
    },
  },
});

function showRun(untrainedModel: boolean): void {
  const exchange: InferExchange = {
    result: {
      ok: true,
      instances: [ranked("tabby cat;tiger cat", [0.75, 0.125]), ranked("beagle;basset", [4, 1])],
    },
    requestBytes: 10,
    replyBytes: 10,
    elapsedMs: 1,
    requestJson: {},
    replyJson: {},
    untrainedModel,
  };
  const file = (id: string, name: string) => ({ id, name, size: 3, type: "image/jpeg" });
  useRunInputsStore.getState().record(
    [
      { id: "a", values: { image: { kind: "image", file: file("f1", "cat.jpg") } } },
      { id: "b", values: { image: { kind: "image", file: file("f2", "dog.jpg") } } },
    ],
    { f1: new Uint8Array([1, 2, 3]), f2: new Uint8Array([4, 5, 6]) },
    [{ name: "image", kind: "image" }],
  );
  useRunsStore.setState({ status: "done", exchange, instanceCount: 2 });
}

describe("PresentLauncher", () => {
  it("offers nothing to present before a run has results", () => {
    render(<PresentLauncher />);
    expect(screen.queryByRole("button", { name: "Present" })).not.toBeInTheDocument();
  });

  it("opens with P, moves with the arrow keys and the buttons, and Esc returns focus to Present", async () => {
    const user = userEvent.setup();
    showRun(true);
    render(<PresentLauncher />);
    const present = screen.getByRole("button", { name: "Present" });
    expect(present).toHaveAttribute("aria-keyshortcuts", "P");

    await user.keyboard("p");
    const presenter = await screen.findByRole("region", { name: "Presenter" });
    expect(presenter).toHaveTextContent("Instance 1 of 2");
    expect(presenter).toHaveTextContent("stand-in model, untrained: labels are random");
    const result = within(presenter).getByRole("group", { name: "Result" });
    expect(result).toHaveTextContent("tabby cat");
    expect(
      within(result)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["tabby cat75.0%", "tiger cat12.5%"]);
    expect(within(presenter).getByRole("group", { name: "Input" })).toHaveTextContent("cat.jpg");

    await user.keyboard("{ArrowRight}");
    expect(presenter).toHaveTextContent("Instance 2 of 2");
    expect(within(presenter).getByRole("group", { name: "Input" })).toHaveTextContent("dog.jpg");
    // Raw scores are shown as shares among the listed classes.
    expect(presenter).toHaveTextContent("softmax of their scores");
    await user.keyboard("{ArrowRight}");
    expect(presenter).toHaveTextContent("Instance 2 of 2");

    await user.click(within(presenter).getByRole("button", { name: "Previous instance" }));
    expect(presenter).toHaveTextContent("Instance 1 of 2");
    await user.click(within(presenter).getByRole("button", { name: "Next instance" }));
    expect(presenter).toHaveTextContent("Instance 2 of 2");
    await user.keyboard("{ArrowLeft}");
    expect(presenter).toHaveTextContent("Instance 1 of 2");

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Presenter" })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Present" })).toHaveFocus());
  });

  it("switches between light and dark themes", async () => {
    const user = userEvent.setup();
    showRun(false);
    render(<PresentLauncher />);
    await user.click(screen.getByRole("button", { name: "Present" }));
    const presenter = await screen.findByRole("region", { name: "Presenter" });
    expect(presenter).not.toHaveTextContent("untrained");
    const dark = within(presenter).getByRole("button", { name: "Dark theme" });
    const before = dark.getAttribute("aria-pressed");
    await user.click(dark);
    expect(dark.getAttribute("aria-pressed")).not.toBe(before);
    expect(presenter).toHaveClass(before === "true" ? "presenter-light" : "presenter-dark");
  });

  it("leaves P alone while a text field has focus", async () => {
    const user = userEvent.setup();
    showRun(false);
    render(
      <>
        <input aria-label="Servable" />
        <PresentLauncher />
      </>,
    );
    await user.type(screen.getByRole("textbox", { name: "Servable" }), "p");
    expect(screen.getByRole("textbox", { name: "Servable" })).toHaveValue("p");
    expect(screen.queryByRole("region", { name: "Presenter" })).not.toBeInTheDocument();
  });

  it("loads the presenter once results are shown, so Present opens it without a loading step", async () => {
    // The browser's idle moment comes at once here.
    vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback) => {
      run({ didTimeout: false, timeRemaining: () => 50 });
      return 1;
    });
    vi.stubGlobal("cancelIdleCallback", () => undefined);
    const user = userEvent.setup();
    showRun(false);
    render(<PresentLauncher />);
    await act(async () => {
      await loadPresenterView();
    });
    await user.click(screen.getByRole("button", { name: "Present" }));
    // In the same update as the click: no "Opening the presenter…" status first.
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Presenter" })).toHaveTextContent("Instance 1 of 2");
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});
