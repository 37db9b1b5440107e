import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useConnectionStore } from "../state/connection-store";
import { useRunsStore } from "../state/runs-store";
import { App } from "./app";

// Rendering the whole app takes seconds on a loaded machine.
describe("App", { timeout: 30_000 }, () => {
  it("labels every control by the name users read on it", () => {
    render(<App />);
    for (const name of ["Gateway URL", "Servable", "Method", "Version"]) {
      expect(screen.getByRole("textbox", { name })).toBeInTheDocument();
    }
    for (const name of ["Send", "Add instance"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
    expect(screen.getByRole("group", { name: "Instance 1" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Gateway URL" })).toHaveValue(
      "http://localhost:8080",
    );
  });

  it("adds, duplicates, reorders and removes instances with the keyboard-reachable buttons", async () => {
    const user = userEvent.setup();
    render(<App />);
    const first = screen.getByRole("group", { name: "Instance 1" });
    const cell = within(first).getByRole("textbox", { name: "x1 row 0, column 0" });
    await user.clear(cell);
    await user.type(cell, "7");
    await user.click(screen.getByRole("button", { name: "Duplicate instance 1" }));
    await user.click(screen.getByRole("button", { name: "Add instance" }));
    expect(screen.getAllByRole("group", { name: /^Instance \d$/ })).toHaveLength(3);
    const copy = screen.getByRole("group", { name: "Instance 2" });
    expect(within(copy).getByRole("textbox", { name: "x1 row 0, column 0" })).toHaveValue("7");
    await user.click(screen.getByRole("button", { name: "Move instance 3 up" }));
    expect(
      within(screen.getByRole("group", { name: "Instance 3" })).getByRole("textbox", {
        name: "x1 row 0, column 0",
      }),
    ).toHaveValue("7");
    await user.click(screen.getByRole("button", { name: "Remove instance 1" }));
    expect(screen.getAllByRole("group", { name: /^Instance \d$/ })).toHaveLength(2);
  });

  it("Ctrl+Enter validates the draft and shows the problem at its instance", async () => {
    const user = userEvent.setup();
    render(<App />);
    const cell = screen.getByRole("textbox", { name: "x2 row 1, column 1" });
    await user.clear(cell);
    await user.type(cell, "abc");
    fireEvent.keyDown(cell, { key: "Enter", ctrlKey: true });
    const instance = screen.getByRole("group", { name: "Instance 1" });
    expect(within(instance).getByText(/x2\[1, 1\]: abc is not a number/)).toBeInTheDocument();
    expect(
      screen.getByText(/Not sent: 1 input needs fixing \(Instance 1 x2\)/),
    ).toBeInTheDocument();
    expect(useRunsStore.getState().status).toBe("idle");
  });

  it("names an image input left empty at its instance when sending", async () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    render(<App />);
    fireEvent.keyDown(document.body, { key: "Enter", metaKey: true });
    const instance = screen.getByRole("group", { name: "Instance 1" });
    expect(await within(instance).findByText("⚠ no image chosen")).toBeInTheDocument();
    expect(useRunsStore.getState().status).toBe("idle");
  });

  it("turns files dropped on the instances panel into one instance each", async () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top1");
    render(<App />);
    const panel = screen.getByRole("region", { name: /^Instances/ });
    const files = [
      new File([new Uint8Array([1, 2])], "cat.jpg", { type: "image/jpeg" }),
      new File([new Uint8Array([3])], "dog.jpg", { type: "image/jpeg" }),
    ];
    fireEvent.drop(panel, { dataTransfer: { files, types: ["Files"] } });
    // Reading and storing the files can take seconds on a loaded machine.
    const second = await screen.findByRole("group", { name: "Instance 2" }, { timeout: 15_000 });
    expect(within(second).getByText("dog.jpg")).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Instance 1" })).getByText("cat.jpg"),
    ).toBeInTheDocument();
  });
});
