import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { initialConnection } from "../../draft/connection-draft";
import { useConnectionStore } from "../../state/connection-store";
import { useWireDetectionStore } from "../../state/wire-detection-store";
import { ConnectionForm } from "./connection-form";

beforeEach(() => {
  useConnectionStore.setState({ ...initialConnection(), gatewayUrl: "http://gw:8080" });
  useWireDetectionStore.setState({ detected: { "http://gw:8080 add": "1.2" } });
});

describe("ConnectionForm wire and transport", () => {
  it("defaults to Auto over gRPC-Web and shows the wire detected for this gateway and servable", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    const wire = screen.getByRole("combobox", { name: "Serving wire version" });
    expect(wire).toHaveDisplayValue("Auto");
    expect(screen.getByRole("combobox", { name: "Transport" })).toHaveDisplayValue("gRPC-Web");
    expect(wire).toHaveAccessibleDescription("detected: Serving 1.1–1.2");

    act(() => useConnectionStore.getState().update({ servable: "resnet50" }));
    expect(screen.queryByText(/detected:/)).not.toBeInTheDocument();

    act(() => useConnectionStore.getState().update({ servable: "add" }));
    expect(screen.getByText("detected: Serving 1.1–1.2")).toBeVisible();
    await user.selectOptions(wire, "Serving ≥ 1.3");
    expect(useConnectionStore.getState().wire).toBe("1.3");
    expect(screen.queryByText(/detected:/)).not.toBeInTheDocument();
  });

  it("switches to REST, which has no wire version to pick", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Transport" }), "REST");
    expect(useConnectionStore.getState().transport).toBe("rest");
    const wire = screen.getByRole("combobox", { name: "Serving wire version" });
    expect(wire).toBeDisabled();
    expect(wire).toHaveAccessibleDescription("REST sends JSON: no wire version");
  });
});
