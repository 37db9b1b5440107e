import { describe, expect, it } from "vitest";
import { buildInstances, describeOversizeFile } from "./build-instances";
import type { DraftInstance } from "./draft-value";

const picture = (id: string, size: number): DraftInstance => ({
  id,
  values: { image: { kind: "image", file: { id, name: `${id}.jpg`, size, type: "image/jpeg" } } },
});

describe("buildInstances()", () => {
  it("sends file bytes untouched and refuses a file over the limit by name and limit", () => {
    const files = { small: new Uint8Array([1, 2, 3]), big: new Uint8Array(2500) };
    expect(buildInstances([picture("small", 3)], files, 2000)).toEqual({
      instances: [{ image: { kind: "bytes", value: files.small } }],
      problems: [],
    });
    expect(buildInstances([picture("small", 3), picture("big", 2500)], files, 2000)).toEqual({
      instances: [],
      problems: [
        { instanceIndex: 1, inputName: "image", message: "big.jpg is larger than the 2 kB limit" },
      ],
    });
  });
});

describe("describeOversizeFile()", () => {
  it("names the file and the limit in 1000-based units", () => {
    expect(describeOversizeFile("cat.jpg", 200_000)).toBe(
      "cat.jpg is larger than the 200 kB limit",
    );
    expect(describeOversizeFile("scan.png", 10_000_000)).toBe(
      "scan.png is larger than the 10 MB limit",
    );
  });
});
