import { describe, expect, it } from "vitest";
import { defaultGatewayUrl } from "../draft/default-gateway-url";
import { useConnectionStore } from "./connection-store";

describe("useConnectionStore", () => {
  it("starts on add/add_common with two 2x2 float32 inputs", () => {
    const s = useConnectionStore.getState();
    expect([s.servable, s.method, s.version, s.wire]).toEqual(["add", "add_common", "0", "auto"]);
    expect(s.inputs).toEqual([
      { id: expect.any(String), name: "x1", kind: "tensor", dtype: "float32", shape: [2, 2] },
      { id: expect.any(String), name: "x2", kind: "tensor", dtype: "float32", shape: [2, 2] },
    ]);
    expect(s.inputs[0]!.id).not.toBe(s.inputs[1]!.id);
  });

  it("applies a preset and falls back to custom when the method is edited", () => {
    useConnectionStore.getState().applyPreset("resnet50/classify_top5");
    let s = useConnectionStore.getState();
    expect([s.servable, s.method, s.inputs]).toEqual([
      "resnet50",
      "classify_top5",
      [{ id: expect.any(String), name: "image", kind: "image" }],
    ]);
    s.update({ method: "classify_top2" });
    expect(useConnectionStore.getState().presetId).toBe("custom");
    s.update({ method: "classify_top1" });
    s = useConnectionStore.getState();
    expect(s.presetId).toBe("resnet50/classify_top1");
  });

  it("declares custom inputs and metadata, editing inputs by their ids", () => {
    const s = useConnectionStore.getState();
    s.addInput();
    const [first, second, added] = useConnectionStore.getState().inputs;
    s.updateInput(added!.id, { name: "mask", kind: "bool" });
    s.removeInput(first!.id);
    s.addMetadata();
    const id = useConnectionStore.getState().metadata[0]!.id;
    s.updateMetadata(id, { key: "authorization", value: "Bearer t" });
    const after = useConnectionStore.getState();
    expect(after.presetId).toBe("custom");
    expect(after.inputs.map((i) => `${i.name}:${i.kind}`)).toEqual(["x2:tensor", "mask:bool"]);
    expect(after.inputs.map((i) => i.id)).toEqual([second!.id, added!.id]);
    expect(after.metadata).toEqual([
      { id, key: "authorization", value: "Bearer t", remember: false },
    ]);
  });
});

describe("defaultGatewayUrl()", () => {
  it("uses port 8080 of the page host unless ?gateway= is given", () => {
    expect(defaultGatewayUrl({ protocol: "http:", hostname: "localhost", search: "" })).toBe(
      "http://localhost:8080",
    );
    expect(
      defaultGatewayUrl({
        protocol: "http:",
        hostname: "localhost",
        search: "?gateway=http%3A%2F%2F127.0.0.1%3A9001",
      }),
    ).toBe("http://127.0.0.1:9001");
  });
});
