import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLabels } from "./labels";

describe("parseLabels()", () => {
  it("reads the Python dict form by key, with either quote", () => {
    const text = `{0: 'tench, Tinca tinca',\n 1: "jack-o'-lantern",\n 2: 'toilet tissue'}\n`;
    expect(parseLabels(text)).toEqual(["tench, Tinca tinca", "jack-o'-lantern", "toilet tissue"]);
  });

  it("reads other text as one label per line", () => {
    expect(parseLabels("cat\r\ndog\n\nbird\n")).toEqual(["cat", "dog", "bird"]);
  });

  it("reads the shipped ImageNet list as 1000 classes", () => {
    const labels = parseLabels(
      readFileSync(new URL("../data/imagenet1000_clsidx_to_labels.txt", import.meta.url), "utf8"),
    );
    expect(labels).toHaveLength(1000);
    expect(labels[0]).toBe("tench, Tinca tinca");
    expect(labels[285]).toBe("Egyptian cat");
    expect(labels[999]).toBe("toilet tissue, toilet paper, bathroom tissue");
  });
});
