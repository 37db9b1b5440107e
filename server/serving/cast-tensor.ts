import { elementAt, viewElements } from "../../protocol/decode-tensor";
import { DataType, dtypeOfWire, isNumericDType } from "../../protocol/dtypes";
import { PreprocessError } from "./errors";
import { countElements, type ServingTensor } from "./serving-tensor";

/** The Python preprocess of Serving's add example, whose name its failures carry. */
const CAST_FUNCTION = "add_trans_datatype";

/**
 * Returns the values of a checked numeric tensor converted to float32, in C order, as numpy's
 * `astype(np.float32)` does. Throws PreprocessError for MS_STRING/MS_BYTES, which reach Python as str and
 * bytes, with the AttributeError text Python gives for them.
 */
export function castToFloat32(tensor: ServingTensor): Float32Array {
  const dtype = dtypeOfWire(tensor.dtype);
  if (dtype === undefined || !isNumericDType(dtype)) {
    const pythonType = tensor.dtype === DataType.MS_STRING ? "str" : "bytes";
    throw new PreprocessError(CAST_FUNCTION, `'${pythonType}' object has no attribute 'astype'`);
  }
  const data = viewElements(dtype, tensor.data, countElements(tensor.dims));
  // elementAt reads a bool byte as true/false, so every non-zero byte casts to 1.
  return Float32Array.from({ length: data.length }, (_, i) => Number(elementAt(dtype, data, i)));
}

/** Returns a float32 tensor's values as an aligned Float32Array copy. */
export function readFloat32(tensor: ServingTensor): Float32Array {
  // Copying aligns the view: protobuf byte fields may start at any offset of the message buffer.
  return new Float32Array(tensor.data.slice().buffer);
}
