import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useConnectionStore } from "../../state/connection-store";
import { useFilesStore } from "../../state/files-store";
import { useInstancesStore } from "../../state/instances-store";
import { PasteRequestAction } from "./paste-request-dialog";

const CURL = `curl -X POST http://127.0.0.1:1500/model/add/version/2:add_cast \\
  -d '{"instances": [{"x1": [[1.5, 2.0], [3.0, 4.0]], "x2": {"b64": "AAAAAAAAAAA=", "type": "int64", "shape": [1]}}, {"x1": [[0.0, 0.0], [0.0, 0.0]], "x2": {"b64": "/9j/4A==", "type": "bytes"}}]}'`;

// The lazily loaded part's chunk can take a while on a busy machine.
const CHUNK = { timeout: 30_000 };

// The dialog is loaded on first open; fetching its module first keeps each wait short.
beforeAll(async () => {
  await import("./paste-request-form");
});
beforeEach(() => sessionStorage.clear());

async function openDialog() {
  const user = userEvent.setup();
  render(<PasteRequestAction />);
  await user.click(screen.getByRole("button", { name: "Paste request" }));
  const dialog = await screen.findByRole("dialog", { name: "Paste request" }, CHUNK);
  return { user, dialog, text: within(dialog).getByRole("textbox", { name: "Request text" }) };
}

describe("Paste request dialog", { timeout: 60_000 }, () => {
  it("applies a curl command as the draft in one step, and undoes it", async () => {
    const before = useInstancesStore.getState().instances;
    const { user, dialog, text } = await openDialog();
    expect(text).toHaveFocus();
    await user.click(text);
    await user.paste(CURL);
    expect(within(dialog).getByText("Reads as a curl command with 2 instances.")).toBeVisible();
    // Nothing changes until Apply.
    expect(useInstancesStore.getState().instances).toBe(before);
    await user.click(within(dialog).getByRole("button", { name: "Apply" }));

    // Applying waits for the file bytes to be stored; the status says when it is done.
    expect(await screen.findByText("Pasted 2 instances from a curl command.")).toBeVisible();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const connection = useConnectionStore.getState();
    expect([
      connection.servable,
      connection.method,
      connection.version,
      connection.transport,
    ]).toEqual(["add", "add_cast", "2", "rest"]);
    expect(connection.inputs.map((d) => [d.name, d.kind])).toEqual([
      ["x1", "tensor"],
      ["x2", "tensor"],
    ]);
    const [first, second] = useInstancesStore.getState().instances;
    expect(first?.values.x1).toMatchObject({
      kind: "tensor",
      dtype: "float32",
      editor: "2d",
      cells: ["1.5", "2.0", "3.0", "4.0"],
    });
    expect(first?.values.x2).toMatchObject({ kind: "tensor", dtype: "int64", cells: ["0"] });
    const image = second?.values.x2;
    expect(image).toMatchObject({ kind: "image", file: { type: "image/jpeg", size: 4 } });
    const id = image && "file" in image ? image.file?.id : undefined;
    expect(useFilesStore.getState().files[id ?? ""]).toEqual(
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]),
    );

    await user.click(screen.getByRole("button", { name: "Undo paste" }));
    expect(useInstancesStore.getState().instances).toBe(before);
    expect(useConnectionStore.getState().servable).toBe("add");
    expect(useConnectionStore.getState().method).toBe("add_common");
    expect(useConnectionStore.getState().transport).toBe("grpc-web");
  });

  it("names what it cannot read with line and column, keeps the text, and leaves the draft alone", async () => {
    const before = useInstancesStore.getState().instances;
    const { user, dialog, text } = await openDialog();
    await user.click(text);
    await user.paste(
      'instances = [{\n  "x": np.array([1, 2], dtype=np.int8),\n  "y": open("cat.jpg"),\n}]',
    );
    expect(within(dialog).getByText(/^Not read: Line 3, column 8: /)).toBeVisible();
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByRole("button", { name: "Apply" })).toBeDisabled();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Paste request" })).toHaveFocus();
    expect(useInstancesStore.getState().instances).toBe(before);
    // The text is still there when the dialog opens again.
    await user.click(screen.getByRole("button", { name: "Paste request" }));
    expect(await screen.findByRole("textbox", { name: "Request text" }, CHUNK)).toHaveValue(
      'instances = [{\n  "x": np.array([1, 2], dtype=np.int8),\n  "y": open("cat.jpg"),\n}]',
    );
  });

  it("refuses text that is no request, naming the forms it takes", async () => {
    const { user, dialog, text } = await openDialog();
    await user.click(text);
    await user.paste("hello there");
    expect(within(dialog).getByText(/expected a REST JSON body/)).toBeVisible();
  });
});
