import onnxProto from "onnx-proto";

const { onnx } = onnxProto;

/** ONNX element types used by the stand-in models. */
export const OnnxType = {
  float32: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
};

/** Returns a graph input/output declaration; a string dimension is symbolic (e.g. the batch). */
export function makeValueInfo(
  name: string,
  dims: readonly (number | string)[],
): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: OnnxType.float32,
        shape: {
          dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  };
}

/** Returns a float32 initializer holding `values` with shape `dims`. */
export function makeFloatInitializer(
  name: string,
  dims: readonly number[],
  values: Float32Array,
): onnxProto.onnx.ITensorProto {
  // rawData is little-endian, which is what Float32Array holds on every platform Node runs on here.
  return {
    name,
    dims: [...dims],
    dataType: OnnxType.float32,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  };
}

/** Returns an int64 initializer (shapes for Reshape and the like). */
export function makeInt64Initializer(
  name: string,
  values: readonly number[],
): onnxProto.onnx.ITensorProto {
  return { name, dims: [values.length], dataType: OnnxType.int64, int64Data: [...values] };
}

type AttributeValue = number | readonly number[];

/** Returns a node; integer attributes become INT/INTS, others FLOAT. */
export function makeNode(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  attributes: Record<string, AttributeValue> = {},
): onnxProto.onnx.INodeProto {
  const AttributeType = onnx.AttributeProto.AttributeType;
  const attribute = Object.entries(attributes).map(
    ([name, value]): onnxProto.onnx.IAttributeProto => {
      if (typeof value !== "number") {
        return { name, type: AttributeType.INTS, ints: [...value] };
      }
      return Number.isInteger(value)
        ? { name, type: AttributeType.INT, i: value }
        : { name, type: AttributeType.FLOAT, f: value };
    },
  );
  return {
    opType,
    input: [...inputs],
    output: [...outputs],
    name: `${opType}_${outputs[0]}`,
    attribute,
  };
}

/** Returns the serialized ModelProto (opset 13) for a graph. */
export function encodeModel(graph: onnxProto.onnx.IGraphProto): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: "serving-console",
    opsetImport: [{ domain: "", version: 13 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
