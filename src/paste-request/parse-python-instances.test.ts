import { describe, expect, it } from "vitest";
import { parsePastedRequest } from "./parse-pasted-request";
import { pasteErrorOf } from "./testing/paste-error-of";

describe("Python instances in the tutorial's style", () => {
  it("reads np.array with dtypes, typed scalars, plain values, strings and bytes", () => {
    const text = `import numpy as np
from mindspore_serving.client import Client

client = Client("localhost:5500", "add", "add_common", version_number=2)
x1 = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
instances = [{"x1": x1, "x2": np.ones((2, 2), np.float32)}]
instances.append({"x1": np.zeros([2, 2], dtype="float32"), "x2": np.full((2, 2), 7, dtype=np.float32)})
result = client.infer(instances)
print(result)
`;
    expect(parsePastedRequest(text)).toEqual({
      form: "python",
      target: { servable: "add", method: "add_common", version: 2, wire: "1.3" },
      instances: [
        [
          [
            "x1",
            {
              kind: "tensor",
              dtype: "float32",
              shape: [2, 2],
              texts: ["1.0", "2.0", "3.0", "4.0"],
            },
          ],
          ["x2", { kind: "tensor", dtype: "float32", shape: [2, 2], texts: ["1", "1", "1", "1"] }],
        ],
        [
          ["x1", { kind: "tensor", dtype: "float32", shape: [2, 2], texts: ["0", "0", "0", "0"] }],
          ["x2", { kind: "tensor", dtype: "float32", shape: [2, 2], texts: ["7", "7", "7", "7"] }],
        ],
      ],
    });
  });

  it("keeps every dtype exact: float16, bool, int64 beyond 2^53, uint64", () => {
    const text = `instances = [{
    "h": np.float16(1.5),
    "hv": np.array([0.1, -65504], dtype=np.float16),
    "b": np.array([True, False, 1], dtype=np.bool_),
    "i": np.array([9007199254740993, -9223372036854775808]),
    "u": np.array([18446744073709551615], dtype=np.uint64),
    "f": np.array([1, 2.5]),
    "r": np.array(range_ := [1, 2, 3, 4]).reshape(2, -1) if False else np.array([1, 2, 3, 4], dtype=np.int8).reshape((2, -1)),
}]`;
    const error = pasteErrorOf(text);
    // The walrus and conditional are not in the subset; the error names them.
    expect(error.line).toBe(8);
    const plain = text.replace(
      /"r": .*\n/,
      '"r": np.array([1, 2, 3, 4], dtype=np.int8).reshape((2, -1)).astype(np.int16),\n',
    );
    const [instance] = parsePastedRequest(plain).instances;
    expect(Object.fromEntries(instance ?? [])).toEqual({
      h: { kind: "scalar", dtype: "float16", text: "1.5" },
      hv: { kind: "tensor", dtype: "float16", shape: [2], texts: ["0.1", "-65504"] },
      b: { kind: "tensor", dtype: "bool", shape: [3], texts: ["true", "false", "true"] },
      i: {
        kind: "tensor",
        dtype: "int64",
        shape: [2],
        texts: ["9007199254740993", "-9223372036854775808"],
      },
      u: { kind: "tensor", dtype: "uint64", shape: [1], texts: ["18446744073709551615"] },
      f: { kind: "tensor", dtype: "float64", shape: [2], texts: ["1", "2.5"] },
      r: { kind: "tensor", dtype: "int16", shape: [2, 2], texts: ["1", "2", "3", "4"] },
    });
  });

  it("reads plain Python values as the client sends them", () => {
    const text = `[{"s": 'it\\'s', "raw": b"\\x00\\xffA", "yes": True, "n": -12_345, "big": 9007199254740993, "x": 2., "e": 1e-3, "t": """three"""}]`;
    const [instance] = parsePastedRequest(text).instances;
    expect(Object.fromEntries(instance ?? [])).toEqual({
      s: { kind: "string", value: "it's" },
      raw: { kind: "bytes", bytes: Uint8Array.from([0, 255, 65]) },
      yes: { kind: "bool", value: true },
      n: { kind: "int", text: "-12345" },
      big: { kind: "int", text: "9007199254740993" },
      x: { kind: "float", text: "2.0" },
      e: { kind: "float", text: "1e-3" },
      t: { kind: "string", value: "three" },
    });
  });

  it("refuses text that is no request form, naming the forms", () => {
    expect(pasteErrorOf("x = 1").message).toMatch(
      /REST JSON body.*curl.*grpcurl.*Python instances/,
    );
  });

  it("reads numpy's printed floats such as 1. and keeps their values", () => {
    const [instance] = parsePastedRequest(
      'instances = [{"x": np.array([1., -2.5, 3.], dtype=np.float64)}]',
    ).instances;
    expect(instance).toEqual([
      ["x", { kind: "tensor", dtype: "float64", shape: [3], texts: ["1.0", "-2.5", "3.0"] }],
    ]);
  });

  it("reads the r1.2 client's Client(ip, port, servable, method, version)", () => {
    const text = `from mindspore_serving import client\nclient = Client("127.0.0.1", 5500, "resnet50", "classify_top1", 1)\ninstances = [{"image": b"\\xff\\xd8\\xff"}]`;
    expect(parsePastedRequest(text).target).toEqual({
      servable: "resnet50",
      method: "classify_top1",
      version: 1,
      wire: "1.2",
    });
  });

  it.each([
    [
      'instances = [{"x": np.array([1, 2], dtype=np.int8)}, {"x": open("cat.jpg", "rb").read()}]',
      1,
      60,
      "not read here",
    ],
    [
      'import numpy as np\ninstances = [{"x": np.array([1, 300], dtype=np.int8)}]',
      2,
      33,
      "out of range for int8",
    ],
    ['instances = [{\n  "x": np.array([[1, 2], [3]]),\n}]', 2, 26, "has 1 items, another 2"],
    ['instances = [{"x": np.ones((100000, 100000))}]', 1, 20, "the editor holds at most"],
    ['instances = [{"x": [1, 2]}]', 1, 20, "wrap it in np.array"],
    ['instances = [{"x": np.array([1.5], dtype=np.int32)}]', 1, 30, "not an integer"],
    ['instances = [{"x": 1 +}]', 1, 23, "not valid Python"],
    ["import sys\ninstances = []", 1, 1, "only numpy"],
    ['import os\nx = read_file("files/cat.jpg")', 2, 5, "reads a file beside the script"],
    ['import os\nx = np.load("t.npy")', 2, 5, "reads a file beside the script"],
    ['instances = [{"x": 99999999999999999999}]', 1, 20, "int64"],
    ["import numpy as np\nfor i in range(3):\n    pass", 2, 1, "not read here"],
    ['instances = [{"x": np.array([1., 2.]), "y": 3.}, {"z": 1 +}]', 1, 59, "not valid Python"],
  ])("names what it cannot read: %s", (text, line, column, message) => {
    const error = pasteErrorOf(text);
    expect(error.message).toContain(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });
});
