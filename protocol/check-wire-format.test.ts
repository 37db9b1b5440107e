import { describe, expect, it } from "vitest";
import { checkWireFormat, WireFormatError } from "./check-wire-format";
import * as v12 from "./generated/serving-1.2/ms_service";
import * as v13 from "./generated/serving-1.3/ms_service";
import { predictReplyLayouts, predictRequestLayouts } from "./ms-service-layouts";
import type { MessageLayout } from "./check-wire-format";

const request13 = predictRequestLayouts["1.3"];
const reply12 = predictReplyLayouts["1.2"];

const bytesOf = (hex: string): Uint8Array =>
  Uint8Array.from(Buffer.from(hex.replace(/ /g, ""), "hex"));

function tensor(values: number[], dims: number[]): v13.Tensor {
  return new v13.Tensor({
    shape: new v13.TensorShape({ dims }),
    dtype: v13.DataType.MS_FLOAT32,
    data: new Uint8Array(new Float32Array(values).buffer),
    bytes_val: [new Uint8Array([1, 2, 3]), new TextEncoder().encode("text")],
  });
}

const spec = new v13.ServableSpec({ name: "add", method_name: "add_common", version_number: 3 });
const instanceOf = (k: number): v13.Instance =>
  new v13.Instance({
    items: new Map([
      ["x1", tensor([k, k, k, k], [2, 2])],
      ["x2", tensor([k], [])],
    ]),
  });

/** A request as the concatenation of its top-level fields, and where each field ends. */
function requestInParts(): { bytes: Uint8Array; boundaries: Set<number> } {
  const parts = [
    new v13.PredictRequest({ servable_spec: spec }).serializeBinary(),
    new v13.PredictRequest({ instances: [instanceOf(1)] }).serializeBinary(),
    new v13.PredictRequest({ instances: [instanceOf(2)] }).serializeBinary(),
  ];
  const boundaries = new Set<number>([0]);
  let end = 0;
  for (const part of parts) {
    end += part.length;
    boundaries.add(end);
  }
  return { bytes: Uint8Array.from(Buffer.concat(parts)), boundaries };
}

const problem = (bytes: Uint8Array, layout: MessageLayout = request13, limits = {}): string => {
  try {
    checkWireFormat(bytes, layout, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(WireFormatError);
    return (error as Error).message;
  }
  return "accepted";
};

describe("checkWireFormat()", () => {
  it("accepts what the generated classes write, in both wire versions", () => {
    const { bytes } = requestInParts();
    expect(problem(bytes)).toBe("accepted");
    const old = new v12.PredictRequest({
      servable_spec: new v12.ServableSpec({ name: "add", method_name: "m", version_number: -1 }),
      instances: [v12.Instance.deserializeBinary(instanceOf(4).serializeBinary())],
    }).serializeBinary();
    expect(problem(old, predictRequestLayouts["1.2"])).toBe("accepted");
    const reply = new v12.PredictReply({
      servable_spec: new v12.ServableSpec({ name: "add" }),
      status: true,
      instances: [v12.Instance.deserializeBinary(instanceOf(5).serializeBinary())],
      error_msg: [new v12.ErrorMsg({ error_code: -7, error_msg: new Uint8Array([0xe4, 0xb8]) })],
    }).serializeBinary();
    expect(problem(reply, reply12)).toBe("accepted");
    expect(problem(new Uint8Array(0))).toBe("accepted");
  });

  it("accepts unknown fields of every wire type, groups included, and unpacked dims", () => {
    // Unknown fields 5–10: varint, fixed64, bytes, fixed32, a group holding a varint and a group.
    const unknown = "28 96 01  31 0102030405060708  3a 02 ffff  45 01020304  4b 08 01 53 54 4c";
    // Instance { items { key "x1" value { shape { dims 2 dims 3 } } } }, dims one varint each.
    const instance = "0a 0c  0a 02 7831  12 06  0a 04  08 02 08 03";
    const message = bytesOf(`${unknown} 12 0e ${instance}`);
    expect(problem(message)).toBe("accepted");
    // google-protobuf itself reads the same message once its dims are packed: 0a 02 (02 03).
    const packed = bytesOf(`${unknown} 12 0e 0a 0c  0a 02 7831  12 06  0a 04  0a 02 02 03`);
    expect(problem(packed)).toBe("accepted");
    const decoded = v13.PredictRequest.deserializeBinary(packed);
    expect(decoded.instances[0]?.items.get("x1")?.shape.dims).toEqual([2, 3]);
  });

  it("refuses the field that claims 2^32-1 bytes, and the one that claims 2^31-1", () => {
    for (const layout of [request13, predictRequestLayouts["1.2"], reply12]) {
      expect(problem(bytesOf("0a ff ff ff ff 0f"), layout)).toMatch(
        /^field 1 of Predict(Request|Reply) claims 4294967295 bytes but only 0 remain \(at byte 1 of 6\)$/,
      );
      expect(problem(bytesOf("0a ff ff ff ff 07"), layout)).toMatch(
        /claims 2147483647 bytes but only 0 remain/,
      );
    }
  });

  it("refuses every truncation that cuts a field, and only those", () => {
    const { bytes, boundaries } = requestInParts();
    for (let length = 0; length < bytes.length; length += 1) {
      const verdict = problem(bytes.subarray(0, length));
      if (boundaries.has(length)) {
        expect(verdict, `prefix of ${length}`).toBe("accepted");
      } else {
        expect(verdict, `prefix of ${length}`).toMatch(
          /truncated varint|claims \d+ bytes but only \d+ remain|needs/,
        );
      }
    }
  });

  it("checks a nested length against its parent, not against the whole buffer", () => {
    // ServableSpec of 4 bytes whose name claims 10, followed by plenty of bytes outside it.
    const message = bytesOf(`0a 04 0a 0a 61 64 ${"28 01 ".repeat(10)}`);
    expect(problem(message)).toBe(
      "field 1 of ServableSpec claims 10 bytes but only 2 remain (at byte 3 of 26)",
    );
  });

  it("refuses bad varints: too long, and cut off in a tag, a length or packed dims", () => {
    expect(problem(bytesOf(`28 ${"80 ".repeat(10)}01`))).toBe(
      "varint longer than 10 bytes (at byte 1 of 12)",
    );
    expect(problem(bytesOf("80"))).toBe("truncated varint (at byte 0 of 1)");
    expect(problem(bytesOf("0a 80"))).toBe("truncated varint (at byte 1 of 2)");
    // Packed dims whose last varint runs past the run, though bytes follow it.
    const tensorLayout = {
      name: "T",
      fields: new Map([[1, { kind: "repeated-varint" as const }]]),
    };
    expect(problem(bytesOf("0a 02 02 80 08"), tensorLayout)).toBe(
      "truncated varint (at byte 3 of 5)",
    );
  });

  it("refuses a known field in the wrong wire type, field number 0 and wire types 6 and 7", () => {
    expect(problem(bytesOf("08 01"))).toBe(
      "field 1 of PredictRequest is varint, expected length-delimited (at byte 0 of 2)",
    );
    expect(problem(bytesOf("12 00"), reply12)).toBe(
      "field 2 of PredictReply is length-delimited, expected varint (at byte 0 of 2)",
    );
    expect(problem(bytesOf("00 00"))).toBe(
      "invalid field number 0 in PredictRequest (at byte 0 of 2)",
    );
    expect(problem(bytesOf("2e"))).toBe(
      "field 5 of PredictRequest has invalid wire type 6 (at byte 0 of 1)",
    );
    expect(problem(bytesOf("2f"))).toBe(
      "field 5 of PredictRequest has invalid wire type 7 (at byte 0 of 1)",
    );
    expect(problem(bytesOf("29 01 02 03"))).toBe(
      "field 5 of PredictRequest needs 8 bytes but only 3 remain (at byte 1 of 4)",
    );
  });

  it("refuses unbalanced groups", () => {
    expect(problem(bytesOf("2c"))).toBe(
      "end-group tag for field 5 without a matching start in PredictRequest (at byte 0 of 1)",
    );
    expect(problem(bytesOf("2b 08 01"))).toBe(
      "group 5 in group has no end-group tag (at byte 3 of 3)",
    );
    expect(problem(bytesOf("2b 34"))).toBe(
      "end-group tag for field 6 without a matching start in group (at byte 1 of 2)",
    );
  });

  it("bounds nesting depth", () => {
    const nestedGroups = (levels: number) =>
      bytesOf(`${"2b ".repeat(levels)}${"2c ".repeat(levels)}`);
    expect(problem(nestedGroups(31))).toBe("accepted");
    expect(problem(nestedGroups(32))).toBe("nesting deeper than 32 levels (at byte 32 of 64)");
    expect(problem(nestedGroups(100_000))).toMatch(/^nesting deeper than 32 levels/);
    expect(problem(nestedGroups(3), request13, { maxDepth: 3 })).toMatch(/^nesting deeper than 3/);
  });

  it("bounds the number of fields and packed elements", () => {
    expect(problem(bytesOf("28 01 ".repeat(10)), request13, { maxFields: 10 })).toBe("accepted");
    expect(problem(bytesOf("28 01 ".repeat(11)), request13, { maxFields: 10 })).toBe(
      "more than 10 fields (at byte 20 of 22)",
    );
    const shapeLayout = predictRequestLayouts["1.3"];
    const manyDims = new v13.PredictRequest({
      instances: [
        new v13.Instance({ items: new Map([["x", tensor([], new Array<number>(50).fill(1))]]) }),
      ],
    }).serializeBinary();
    expect(problem(manyDims, shapeLayout, { maxFields: 50 })).toMatch(/^more than 50 fields/);
    expect(problem(manyDims, shapeLayout, { maxFields: 70 })).toBe("accepted");
  });
});
