import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useConnectionStore } from "../../state/connection-store";
import { useInstancesStore } from "../../state/instances-store";
import { ConnectionForm } from "./connection-form";

describe("ConnectionForm", () => {
  it("fills servable, method and inputs from a preset", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Preset" }),
      "resnet50 · classify_top1_v1",
    );
    expect(screen.getByRole("textbox", { name: "Servable" })).toHaveValue("resnet50");
    expect(screen.getByRole("textbox", { name: "Method" })).toHaveValue("classify_top1_v1");
    expect(screen.getByRole("textbox", { name: "Input 1 name" })).toHaveValue("image");
    expect(useInstancesStore.getState().instances[0]!.values).toEqual({ image: { kind: "image" } });
  });

  it("lets the user declare custom inputs, which every instance then has", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.click(screen.getByRole("button", { name: "Add input" }));
    const name = screen.getByRole("textbox", { name: "Input 3 name" });
    await user.clear(name);
    await user.type(name, "mask");
    await user.selectOptions(screen.getByRole("combobox", { name: "Input 3 kind" }), "bool");
    expect(screen.getByRole("combobox", { name: "Preset" })).toHaveValue("custom");
    expect(useInstancesStore.getState().instances[0]!.values.mask).toEqual({
      kind: "bool",
      value: false,
    });
  });

  it("keeps a declared input's row when an input above it is removed", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    const second = screen.getByRole("textbox", { name: "Input 2 name" });
    await user.click(screen.getByRole("button", { name: "Remove input 1" }));
    // The same element, now first: its row is keyed by the input, not by its position.
    expect(screen.getByRole("textbox", { name: "Input 1 name" })).toBe(second);
    expect(second).toHaveValue("x2");
  });

  it("keeps the wire version, timeout and metadata headers", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Serving wire version" }),
      "Serving 1.1–1.2",
    );
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.type(screen.getByRole("textbox", { name: "Header 1 name" }), "authorization");
    await user.type(screen.getByRole("textbox", { name: "Header 1 value" }), "Bearer x");
    const s = useConnectionStore.getState();
    expect(s.wire).toBe("1.2");
    expect(s.metadata.map((m) => [m.key, m.value])).toEqual([["authorization", "Bearer x"]]);
  });

  it("lets the file size limit be cleared and retyped, keeping the last usable limit", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    const limit = screen.getByRole("spinbutton", { name: "File size limit (MB)" });
    await user.clear(limit);
    await user.type(limit, "0.5");
    expect(useConnectionStore.getState().fileLimitMb).toBe(0.5);
    await user.clear(limit);
    await user.type(limit, "0");
    expect(limit).toHaveAttribute("aria-invalid", "true");
    expect(useConnectionStore.getState().fileLimitMb).toBe(0.5);
    await user.tab();
    expect(limit).toHaveValue(0.5);
    expect(limit).toHaveAttribute("aria-invalid", "false");
  });

  it("explains the gateway's allow_headers and marks a header name it cannot send", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    expect(screen.getByRole("group", { name: "Metadata headers" })).toHaveAccessibleDescription(
      /add any other name to allow_headers in envoy\.yaml/,
    );
    await user.click(screen.getByRole("button", { name: "Add header" }));
    const name = screen.getByRole("textbox", { name: "Header 1 name" });
    expect(name).toHaveAttribute("aria-invalid", "false");

    await user.type(name, "Content-Type");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("⚠ content-type is set by the client itself");

    await user.clear(name);
    await user.type(name, "x-api-key");
    expect(name).toHaveAttribute("aria-invalid", "false");
    expect(name).toHaveAccessibleDescription(
      "Add x-api-key to allow_headers in envoy.yaml, or the browser blocks the call",
    );

    await user.clear(name);
    await user.type(name, "authorization");
    expect(name).toHaveAttribute("aria-invalid", "false");
    expect(name).not.toHaveAccessibleDescription();
  });

  it("asks for a name when a header has only a value, and flags a repeated name", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.type(screen.getByRole("textbox", { name: "Header 1 value" }), "Bearer x");
    expect(screen.getByRole("textbox", { name: "Header 1 name" })).toHaveAccessibleDescription(
      "⚠ Enter a header name",
    );
    await user.type(screen.getByRole("textbox", { name: "Header 1 name" }), "authorization");
    await user.click(screen.getByRole("button", { name: "Add header" }));
    await user.type(screen.getByRole("textbox", { name: "Header 2 name" }), "authorization");
    expect(screen.getByRole("textbox", { name: "Header 2 name" })).toHaveAccessibleDescription(
      "⚠ Header 1 already has this name",
    );
  });
});
