import { describe, expect, it } from "vitest";
import * as wire12 from "../../protocol/generated/serving-1.2/ms_service";
import * as wire13 from "../../protocol/generated/serving-1.3/ms_service";
import { decodeRequest } from "./decode-request";

function instanceOf(value: number): wire13.Instance {
  const x1 = new wire13.Tensor({
    shape: new wire13.TensorShape({ dims: [2, 2] }),
    dtype: wire13.DataType.MS_FLOAT32,
    data: new Uint8Array(new Float32Array(4).fill(value).buffer),
  });
  return new wire13.Instance({ items: new Map([["x1", x1]]) });
}

// Instance is the same message in both versions.
const asOld = (instance: wire13.Instance) =>
  wire12.Instance.deserializeBinary(instance.serializeBinary());

const spec13 = () =>
  new wire13.ServableSpec({ name: "add", method_name: "add_common", version_number: 2 });
const spec12 = () =>
  new wire12.ServableSpec({ name: "add", method_name: "add_common", version_number: 2 });

const request13 = new wire13.PredictRequest({
  servable_spec: spec13(),
  instances: [instanceOf(1.5)],
}).serializeBinary();

const request12 = new wire12.PredictRequest({
  servable_spec: spec12(),
  instances: [asOld(instanceOf(2.5)), asOld(instanceOf(3.5))],
}).serializeBinary();

describe("decodeRequest()", () => {
  it("reads a 1.3 request (instances in field 2) as 1.3 in mode any", () => {
    const { wire, request } = decodeRequest(request13, "any");
    expect(wire).toBe("1.3");
    expect(request).toMatchObject({ servable: "add", method: "add_common", version: 2 });
    expect(request.instances).toHaveLength(1);
    const x1 = request.instances[0]!.get("x1")!;
    expect(x1.dims).toEqual([2, 2]);
    expect(x1.dtype).toBe(wire13.DataType.MS_FLOAT32);
    expect([...new Float32Array(x1.data.slice().buffer)]).toEqual([1.5, 1.5, 1.5, 1.5]);
  });

  it("reads a 1.2 request (instances in field 3) as 1.2 in mode any", () => {
    const { wire, request } = decodeRequest(request12, "any");
    expect(wire).toBe("1.2");
    expect(request.instances).toHaveLength(2);
    expect([...new Float32Array(request.instances[1]!.get("x1")!.data.slice().buffer)]).toEqual([
      3.5, 3.5, 3.5, 3.5,
    ]);
  });

  it("sees no instances in the other version's request when restricted, as that Serving would", () => {
    expect(decodeRequest(request12, "1.3")).toMatchObject({
      wire: "1.3",
      request: { instances: [] },
    });
    expect(decodeRequest(request13, "1.2")).toMatchObject({
      wire: "1.2",
      request: { instances: [] },
    });
    expect(decodeRequest(request13, "1.3").request.instances).toHaveLength(1);
    expect(decodeRequest(request12, "1.2").request.instances).toHaveLength(2);
  });

  it("reads a tensor without shape as 0-d and keeps bytes_val", () => {
    const bytes = new wire13.PredictRequest({
      servable_spec: spec13(),
      instances: [
        new wire13.Instance({
          items: new Map([
            [
              "image",
              new wire13.Tensor({
                dtype: wire13.DataType.MS_BYTES,
                bytes_val: [new Uint8Array([1, 2, 3])],
              }),
            ],
          ]),
        }),
      ],
    }).serializeBinary();
    const image = decodeRequest(bytes, "any").request.instances[0]!.get("image")!;
    expect(image.dims).toEqual([]);
    expect(image.bytesVal.map((b) => [...b])).toEqual([[1, 2, 3]]);
  });

  it("throws on bytes that are not a PredictRequest", () => {
    expect(() => decodeRequest(new Uint8Array([0x0a, 0xff, 0xff, 0xff]), "any")).toThrow();
  });
});
