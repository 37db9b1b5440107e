import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/dtypes";
import { checkRequestTensor } from "./check-request-tensor";
import { makeStringTensor } from "./serving-tensor";
import { bytesTensor, filledFloat32, numericTensor } from "./testing/tensor-fixtures";

describe("checkRequestTensor()", () => {
  it("passes tensors whose payload matches their shape and type, any shape", () => {
    for (const tensor of [
      filledFloat32([2, 2], 1),
      filledFloat32([4], 1),
      numericTensor(DataType.MS_INT64, [], new BigInt64Array([5n])),
      filledFloat32([0], 1),
      makeStringTensor("hi"),
      { ...makeStringTensor("hi"), dims: [] },
      bytesTensor(new Uint8Array([1, 2])),
    ]) {
      expect(checkRequestTensor(tensor, "master")).toBeUndefined();
    }
  });

  it("refuses data whose size does not match the shape", () => {
    const tensor = { ...filledFloat32([3], 1), dims: [2, 2] };
    expect(checkRequestTensor(tensor, "r1.2")).toBe(
      "Tensor check failed: input data size 12 invalid",
    );
  });

  it("refuses strings and bytes with more than one value or another shape than (1,) or ()", () => {
    const two = {
      ...makeStringTensor("a"),
      dims: [2],
      bytesVal: [new Uint8Array(1), new Uint8Array(1)],
    };
    expect(checkRequestTensor(two, "master")).toBe(
      "Instance tensor check failed: bytes or string type shape batch size can only be 1",
    );
    expect(checkRequestTensor({ ...makeStringTensor("a"), dims: [1, 1] }, "master")).toBe(
      "Instance tensor check failed: bytes or string type input  shape can only be (1,) or empty, but given shape is [1, 1]",
    );
  });

  it("refuses negative dimensions and any dimension after a zero one", () => {
    expect(checkRequestTensor({ ...filledFloat32([1], 1), dims: [-1] }, "master")).toBe(
      "Tensor check failed: input  shape [-1] invalid",
    );
    expect(checkRequestTensor({ ...filledFloat32([0], 1), dims: [0, 3] }, "r1.2")).toBe(
      "Tensor check failed: input  shape [0, 3] invalid",
    );
  });

  it("names an unknown data type as Serving prints it, with r1.2's extra space", () => {
    const unknown = { ...filledFloat32([1], 1), dtype: DataType.MS_UNKNOWN };
    expect(checkRequestTensor(unknown, "r1.2")).toBe(
      "Tensor check failed: input  data type proto::MS_UNKNOWN invalid",
    );
    expect(checkRequestTensor({ ...unknown, dtype: 99 as DataType }, "master")).toBe(
      "Tensor check failed: input data type proto::MS_UNKNOWN invalid",
    );
  });
});
