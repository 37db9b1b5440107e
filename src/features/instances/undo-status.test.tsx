import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useConnectionStore } from "../../state/connection-store";
import { useInstancesStore } from "../../state/instances-store";
import { InstancesPanel } from "./instances-panel";

function addInstances(count: number): string[] {
  for (let i = 1; i < count; i++) {
    useInstancesStore.getState().add(useConnectionStore.getState().inputs);
  }
  return useInstancesStore.getState().instances.map((i) => i.id);
}

const ids = () => useInstancesStore.getState().instances.map((i) => i.id);

describe("InstancesPanel undo", { timeout: 30_000 }, () => {
  it("says which instance was removed and puts it back with the Undo button", async () => {
    const user = userEvent.setup();
    const before = addInstances(3);
    render(<InstancesPanel />);
    await user.click(screen.getByRole("button", { name: "Remove instance 2" }));
    expect(ids()).toEqual([before[0], before[2]]);
    expect(screen.getByRole("status")).toHaveTextContent("Instance 2 removed · Undo");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(ids()).toEqual(before);
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("undoes Clear draft with Ctrl+Z outside text fields, and leaves Ctrl+Z in a cell to the browser", async () => {
    const user = userEvent.setup();
    const before = addInstances(2);
    render(<InstancesPanel />);
    await user.click(screen.getByRole("button", { name: "Clear draft" }));
    expect(ids()).toHaveLength(1);
    expect(screen.getByText("Draft cleared")).toBeInTheDocument();

    await user.click(screen.getByRole("textbox", { name: "x1 row 0, column 0" }));
    await user.keyboard("{Control>}z{/Control}");
    expect(ids()).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Clear draft" }));
    await user.keyboard("{Control>}z{/Control}");
    expect(ids()).toHaveLength(1);
    await user.keyboard("{Meta>}z{/Meta}");
    expect(ids()).toEqual(before);
  });
});
