import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { OutputView } from "./output-view";
import { ResultCard } from "./result-card";
import type { InstanceResult } from "../../serving/types";

// jsdom has no Blob URLs; this registry stands in for the browser's, keeping the real Blobs.
const blobs = new Map<string, Blob>();
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeAll(() => {
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:results-test/${blobs.size + 1}-${Math.random()}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
});
afterAll(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});
afterEach(() => {
  cleanup();
  blobs.clear();
});

/** Reads a Blob with FileReader, which jsdom implements (its Blob has no arrayBuffer()). */
function readBlob(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(blob ?? new Blob());
  });
}

const cat = new Uint8Array(readFileSync(resolve("../shared/fixtures/images/cat.jpg")));

describe("OutputView of text and bytes", () => {
  it("shows one string as text and several as a list", () => {
    render(
      <OutputView
        name="label"
        output={{ kind: "string", shape: [1], value: "tabby, tabby cat" }}
      />,
    );
    render(
      <OutputView
        name="names"
        output={{ kind: "strings", shape: [2], values: ["tiger", "lynx"] }}
      />,
    );
    expect(screen.getByRole("group", { name: "label" })).toHaveTextContent("tabby, tabby cat");
    const items = within(screen.getByRole("group", { name: "names" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["tiger", "lynx"]);
  });

  it("previews image bytes in an <img> and links the same bytes for download", async () => {
    render(<OutputView name="picture" output={{ kind: "bytes", shape: [1], value: cat }} />);
    const image = screen.getByRole("img", { name: "Output picture" });
    const link = screen.getByRole("link", { name: "Download picture" });
    expect(link).toHaveAttribute("download", "picture.jpeg");
    const served = blobs.get(link.getAttribute("href") ?? "");
    expect(served?.type).toBe("image/jpeg");
    // Byte for byte through Buffer: toEqual walks a 338 kB array element by element, for seconds.
    expect(Buffer.from(await readBlob(served)).equals(cat)).toBe(true);
    expect(blobs.has(image.getAttribute("src") ?? "")).toBe(true);
    expect(screen.getByText("338.1 kB")).toBeInTheDocument();
  });

  it("falls back to size and download when the browser cannot decode the image", () => {
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]);
    render(<OutputView name="picture" output={{ kind: "bytes", shape: [1], value: broken }} />);
    fireEvent.error(screen.getByRole("img"));
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.getByText(/Not a displayable image/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Download picture" })).toBeInTheDocument();
  });

  it("offers non-image bytes as size and a download only", () => {
    const bytes = new TextEncoder().encode("not an image at all");
    render(<OutputView name="blob" output={{ kind: "bytes", shape: [1], value: bytes }} />);
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.getByText("19 B")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Download blob" })).toHaveAttribute(
      "download",
      "blob.bin",
    );
  });

  it("revokes its Blob URLs when the output goes away", () => {
    const { unmount } = render(
      <OutputView name="picture" output={{ kind: "bytes", shape: [1], value: cat }} />,
    );
    expect(blobs.size).toBe(2);
    unmount();
    expect(blobs.size).toBe(0);
  });

  it("shows each element of a bytes list with its own link", () => {
    const values = [cat, new Uint8Array([1, 2, 3])];
    render(<OutputView name="files" output={{ kind: "bytes-list", shape: [2], values }} />);
    expect(screen.getByRole("link", { name: "Download files[0]" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Download files[1]" })).toBeInTheDocument();
    expect(screen.getAllByRole("img")).toHaveLength(1);
  });

  it("says why an output cannot be read", () => {
    render(
      <OutputView
        name="y"
        output={{
          kind: "invalid",
          dtype: "float32",
          shape: [2, 2],
          error: "12 bytes of data for 4 float32 values",
        }}
      />,
    );
    expect(screen.getByRole("group", { name: "y" })).toHaveTextContent(
      "Unreadable output: 12 bytes of data for 4 float32 values",
    );
  });
});

describe("ResultCard with classify_top5 outputs", () => {
  it("shows five labels in order, each with its score as text and a bar", () => {
    const result: InstanceResult = {
      outputs: {
        label: {
          kind: "string",
          shape: [1],
          value: "tabby, tabby cat;tiger cat;Egyptian cat;lynx;tiger",
        },
        score: {
          kind: "tensor",
          dtype: "float32",
          shape: [5],
          data: new Float32Array([0.625, 0.25, 0.0625, 0.03125, 0.03125]),
        },
      },
    };
    render(<ResultCard number={1} result={result} />);
    const list = within(screen.getByRole("group", { name: "Result 1" })).getByRole("list", {
      name: "Classes by score",
    });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "tabby, tabby cat62.5%",
      "tiger cat25.0%",
      "Egyptian cat6.3%",
      "lynx3.1%",
      "tiger3.1%",
    ]);
    expect(screen.getByText("Probabilities from the model.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "as softmax" })).not.toBeInTheDocument();
    const bars = list.querySelectorAll<HTMLElement>(".results-bar > span");
    expect(Array.from(bars, (bar) => bar.style.width)).toEqual([
      "62.5%",
      "25%",
      "6.3%",
      "3.1%",
      "3.1%",
    ]);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("ResultCard with raw class scores", () => {
  const logits: InstanceResult = {
    outputs: {
      label: { kind: "string", shape: [1], value: "beagle;basset;bloodhound" },
      score: { kind: "tensor", dtype: "float32", shape: [3], data: new Float32Array([2, 1, 0]) },
    },
  };

  it("shows scores that are not probabilities as scores, and as softmax percentages on demand", () => {
    render(<ResultCard number={1} result={logits} />);
    const group = screen.getByRole("group", { name: "Result 1" });
    expect(within(group).getByRole("heading", { name: "Top 3 classes" })).toBeInTheDocument();
    const texts = () =>
      within(group)
        .getAllByRole("listitem")
        .map((item) => item.textContent);
    expect(texts()).toEqual(["beagle2", "basset1", "bloodhound0"]);
    expect(within(group).getByText(/not probabilities/)).toBeInTheDocument();

    const toggle = within(group).getByRole("button", { name: "as softmax" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    // softmax([2, 1, 0]) = [0.665, 0.245, 0.090]
    expect(texts()).toEqual(["beagle66.5%", "basset24.5%", "bloodhound9.0%"]);
  });
});
