import { screen } from "@testing-library/react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_RESULT_CARDS, ResultCardList } from "./result-card-list";
import type { InstanceResult } from "../../serving/types";

const labelled = (n: number): InstanceResult => ({
  outputs: { label: { kind: "string", shape: [1], value: `class ${n}` } },
});

const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let root: Root | undefined;
let container: HTMLElement;

// Rendered as the page renders, outside act(), to see the cards arrive in more than one commit.
beforeEach(() => {
  actFlag.IS_REACT_ACT_ENVIRONMENT = false;
  container = document.body.appendChild(document.createElement("div"));
});

afterEach(() => {
  root?.unmount();
  container.remove();
  actFlag.IS_REACT_ACT_ENVIRONMENT = true;
});

describe("ResultCardList", () => {
  it("paints the first cards with the reply and the rest in a later render, in order", async () => {
    const results = Array.from({ length: 16 }, (_, i) => labelled(i + 1));
    const created = createRoot(container);
    root = created;
    flushSync(() => created.render(<ResultCardList instances={results} />));
    expect(screen.getAllByRole("group", { name: /^Result \d+$/ })).toHaveLength(FIRST_RESULT_CARDS);

    // vi.waitFor, not Testing Library's: that one polls inside act(), which holds React's own scheduling.
    await vi.waitFor(
      () => expect(screen.getAllByRole("group", { name: /^Result \d+$/ })).toHaveLength(16),
      { timeout: 10_000, interval: 20 },
    );
    const names = screen
      .getAllByRole("group", { name: /^Result \d+$/ })
      .map((group) => group.querySelector("h3")?.textContent);
    expect(names).toEqual(results.map((_, i) => `Result ${i + 1}`));
    expect(screen.getByRole("group", { name: "Result 16" })).toHaveTextContent("class 16");
  });

  it("paints a short list whole at once", () => {
    const created = createRoot(container);
    root = created;
    flushSync(() => created.render(<ResultCardList instances={[labelled(1), labelled(2)]} />));
    expect(screen.getAllByRole("group", { name: /^Result \d+$/ })).toHaveLength(2);
  });
});
