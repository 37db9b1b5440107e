import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCopyAsCode } from "../../state/code-export-store";
import { useConnectionStore } from "../../state/connection-store";
import { useInstancesStore } from "../../state/instances-store";
import { CopyAsCodeButton } from "./copy-as-code-button";
import { CopyAsCodeDialog } from "./copy-as-code-dialog";

// jsdom has no Blob URLs; this registry stands in for the browser's, keeping the real Blobs.
const blobs = new Map<string, Blob>();
const downloads: { name: string; url: string }[] = [];
const original = {
  create: URL.createObjectURL,
  revoke: URL.revokeObjectURL,
  click: HTMLAnchorElement.prototype.click,
};
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:code-export-test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    downloads.push({ name: this.download, url: this.href });
  };
});
afterAll(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  HTMLAnchorElement.prototype.click = original.click;
});

function readBlob(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable blob"));
    reader.readAsArrayBuffer(blob ?? new Blob());
  });
}

function renderConsole() {
  useConnectionStore.getState().update({ gatewayUrl: "http://10.0.0.7:8080" });
  return render(
    <>
      <CopyAsCodeButton />
      <CopyAsCodeDialog />
    </>,
  );
}

const codeBox = () => screen.getByRole("textbox", { name: "Code" }) as HTMLTextAreaElement;

describe("Copy as code", () => {
  it("opens a dialog with one tab per target, Python ≥ 1.3 first, for the current draft", async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.click(screen.getByRole("button", { name: "Copy as code" }));
    const dialog = screen.getByRole("dialog", { name: "Copy as code" });
    const tabs = within(dialog).getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      "Python (Serving ≥ 1.3)",
      "Python (Serving 1.1–1.2)",
      "curl (REST)",
      "grpcurl",
      "TypeScript",
    ]);
    expect(screen.getByRole("tab", { name: "Python (Serving ≥ 1.3)" })).toHaveFocus();
    expect(screen.getByRole("tabpanel")).toBeInTheDocument();
    const { servable, method } = useConnectionStore.getState();
    expect(codeBox()).toHaveAttribute("readonly");
    expect(codeBox().value).toContain(
      `client = Client("10.0.0.7:5500", "${servable}", "${method}", version_number=0)`,
    );
    expect(screen.getByRole("textbox", { name: "Serving gRPC address" })).toHaveValue(
      "10.0.0.7:5500",
    );
    expect(screen.getByRole("textbox", { name: "Serving REST address" })).toHaveValue(
      "10.0.0.7:1500",
    );
  });

  it("moves between tabs with the arrow keys and shows each target's code", async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.click(screen.getByRole("button", { name: "Copy as code" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Python (Serving 1.1–1.2)" })).toHaveFocus();
    expect(codeBox().value).toContain('client = Client("10.0.0.7", 5500,');
    await user.keyboard("{ArrowRight}");
    expect(codeBox().value).toMatch(/^curl -sS -X POST 'http:\/\/10\.0\.0\.7:1500\/model\//);
    await user.keyboard("{ArrowRight}");
    expect(codeBox().value).toContain("grpcurl -plaintext -proto proto/ms_service.proto -d @");
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "TypeScript" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(codeBox().value).toContain('url: "http://10.0.0.7:8080"');
    await user.keyboard("{Home}");
    expect(screen.getByRole("tab", { name: "Python (Serving ≥ 1.3)" })).toHaveFocus();
  });

  it("refuses an address that is not host:port, and remembers what was typed per gateway", async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.click(screen.getByRole("button", { name: "Copy as code" }));
    const grpc = screen.getByRole("textbox", { name: "Serving gRPC address" });
    await user.clear(grpc);
    await user.type(grpc, "serving-host");
    expect(screen.getByText("Write host:port, for example localhost:5500.")).toBeInTheDocument();
    expect(grpc).toHaveAttribute("aria-invalid", "true");
    expect(codeBox().value).toBe("");
    expect(screen.getByRole("button", { name: "Copy" })).toBeDisabled();
    await user.type(grpc, ":6000");
    expect(codeBox().value).toContain('Client("serving-host:6000"');
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy as code" })).toHaveFocus();
    expect(localStorage.getItem("serving-console.serving-addresses")).toContain(
      "serving-host:6000",
    );
    await user.click(screen.getByRole("button", { name: "Copy as code" }));
    expect(screen.getByRole("textbox", { name: "Serving gRPC address" })).toHaveValue(
      "serving-host:6000",
    );
  });

  it("copies the code to the clipboard and says so", async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.click(screen.getByRole("button", { name: "Copy as code" }));
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText("Copied")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(codeBox().value);
  });

  it("opens for any draft-like source and downloads a zip with the script and every file it reads", async () => {
    const user = userEvent.setup();
    renderConsole();
    act(() =>
      openCopyAsCode({
        target: { servable: "resnet50", method: "classify_top1" },
        wire: "1.2",
        transport: "grpc-web",
        gatewayUrl: "http://10.0.0.7:8080",
        instances: [
          {
            id: "a",
            values: {
              image: {
                kind: "image",
                file: { id: "f", name: "cat.jpg", size: 3, type: "image/jpeg" },
              },
            },
          },
        ],
        files: { f: new Uint8Array([255, 216, 255]) },
      }),
    );
    await user.click(screen.getByRole("tab", { name: "grpcurl" }));
    await user.click(screen.getByRole("button", { name: "Download" }));
    const download = downloads.at(-1);
    expect(download?.name).toBe("resnet50-classify_top1-grpcurl.zip");
    const zip = unzipSync(await readBlob(blobs.get(download?.url ?? "")));
    expect(Object.keys(zip).sort()).toEqual(["grpcurl.sh", "proto/serving-1.2/ms_service.proto"]);
    expect(strFromU8(zip["proto/serving-1.2/ms_service.proto"] ?? new Uint8Array())).toContain(
      "repeated Instance instances = 3;",
    );
    await user.click(screen.getByRole("tab", { name: "Python (Serving ≥ 1.3)" }));
    await user.click(screen.getByRole("button", { name: "Download" }));
    const python = unzipSync(await readBlob(blobs.get(downloads.at(-1)?.url ?? "")));
    expect(Object.keys(python).sort()).toEqual(["files/cat.jpg", "serving_client.py"]);
    expect(python["files/cat.jpg"]).toEqual(new Uint8Array([255, 216, 255]));
    expect(strFromU8(python["serving_client.py"] ?? new Uint8Array())).toContain(
      '"image": read_file("files/cat.jpg"),',
    );
  });

  it("names what stops a draft from being exported", async () => {
    const user = userEvent.setup();
    renderConsole();
    useInstancesStore.setState({ instances: [] });
    await user.click(screen.getByRole("button", { name: "Copy as code" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Add an instance first");
    expect(codeBox().value).toBe("");
  });
});
