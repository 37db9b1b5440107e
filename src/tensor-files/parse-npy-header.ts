/** Reads the Python-literal dictionary that heads a `.npy` file. */

/** The three keys of a `.npy` header. */
export interface NpyHeader {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
}

/** The most dimensions a header may list (numpy's own limit is 64). */
export const MAX_NPY_RANK = 64;

/**
 * Returns the header's dtype string, order and shape.
 * Throws an Error when the text is not a header numpy writes, or describes a structured array.
 */
export function parseNpyHeader(text: string): NpyHeader {
  const body = text.trim();
  if (!body.startsWith("{") || !body.endsWith("}")) {
    throw new Error("the .npy header is not a dictionary");
  }
  if (/'descr'\s*:\s*\[/.test(body)) {
    throw new Error("structured arrays (named fields) are not a dtype Serving accepts");
  }
  const descr = /'descr'\s*:\s*'([^']{1,32})'/.exec(body)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(body)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]{0,2048})\)/.exec(body)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new Error("the .npy header lacks descr, fortran_order or shape");
  }
  const parts = shapeText
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length > MAX_NPY_RANK) {
    throw new Error(
      `the .npy shape has ${parts.length} dimensions; at most ${MAX_NPY_RANK} are read`,
    );
  }
  const shape = parts.map((p) => {
    const dim = /^(\d{1,15})L?$/.exec(p)?.[1];
    if (dim === undefined) {
      throw new Error(`the .npy shape has a dimension '${p.slice(0, 20)}' that is not a size`);
    }
    return Number(dim);
  });
  return { descr, fortranOrder: fortran === "True", shape };
}
