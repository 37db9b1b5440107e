import {
  encodeModel,
  makeFloatInitializer,
  makeInt64Initializer,
  makeNode,
  makeValueInfo,
} from "./onnx-builder";
import { createNormalRandom } from "./seeded-random";
import type onnxProto from "onnx-proto";

type Node = onnxProto.onnx.INodeProto;
type Initializer = onnxProto.onnx.ITensorProto;

/** ResNet-50 stages: bottleneck blocks, bottleneck width, stride of the first block. */
const STAGES = [
  [3, 64, 1],
  [4, 128, 2],
  [6, 256, 2],
  [3, 512, 2],
] as const;

/**
 * Returns the ONNX bytes of an untrained ResNet-50 v1.5 (stride on the 3x3 convolution of each bottleneck),
 * input `input` float32 [N, 3, 224, 224], output `output` float32 [N, classes], with deterministic weights
 * from `seed`. Batch norm is folded into the convolutions as identity; the last convolution of every residual
 * branch is scaled down so activations stay finite through the 16 blocks without normalization.
 */
export function buildSeededResnet50(seed: number, classes: number): Uint8Array {
  const normal = createNormalRandom(seed);
  const nodes: Node[] = [];
  const initializers: Initializer[] = [];
  let counter = 0;

  const weights = (name: string, dims: number[], std: number) => {
    const values = new Float32Array(dims.reduce((a, b) => a * b, 1));
    for (let i = 0; i < values.length; i += 1) {
      values[i] = normal() * std;
    }
    initializers.push(makeFloatInitializer(name, dims, values));
    return name;
  };
  const zeros = (name: string, length: number) => {
    initializers.push(makeFloatInitializer(name, [length], new Float32Array(length)));
    return name;
  };
  const conv = (x: string, inC: number, outC: number, k: number, stride: number, gain = 1) => {
    const id = `conv${(counter += 1)}`;
    const w = weights(`${id}.w`, [outC, inC, k, k], gain * Math.sqrt(2 / (inC * k * k)));
    const pad = (k - 1) / 2;
    nodes.push(
      makeNode("Conv", [x, w, zeros(`${id}.b`, outC)], [id], {
        kernel_shape: [k, k],
        strides: [stride, stride],
        pads: [pad, pad, pad, pad],
      }),
    );
    return id;
  };
  const relu = (x: string) => {
    nodes.push(makeNode("Relu", [x], [`${x}.relu`]));
    return `${x}.relu`;
  };

  let x = relu(conv("input", 3, 64, 7, 2));
  nodes.push(
    makeNode("MaxPool", [x], ["pool1"], {
      kernel_shape: [3, 3],
      strides: [2, 2],
      pads: [1, 1, 1, 1],
    }),
  );
  x = "pool1";
  let channels = 64;
  for (const [blocks, width, firstStride] of STAGES) {
    for (let b = 0; b < blocks; b += 1) {
      const stride = b === 0 ? firstStride : 1;
      const out = width * 4;
      const a = relu(conv(x, channels, width, 1, 1));
      const m = relu(conv(a, width, width, 3, stride));
      const c = conv(m, width, out, 1, 1, 0.2);
      const shortcut = b === 0 ? conv(x, channels, out, 1, stride) : x;
      const sum = `${c}.add`;
      nodes.push(makeNode("Add", [c, shortcut], [sum]));
      x = relu(sum);
      channels = out;
    }
  }
  nodes.push(makeNode("GlobalAveragePool", [x], ["gap"]));
  initializers.push(makeInt64Initializer("flat.shape", [0, -1]));
  nodes.push(makeNode("Reshape", ["gap", "flat.shape"], ["flat"]));
  const fcW = weights("fc.w", [classes, channels], 1 / Math.sqrt(channels));
  nodes.push(makeNode("Gemm", ["flat", fcW, zeros("fc.b", classes)], ["output"], { transB: 1 }));

  return encodeModel({
    name: "resnet50_v1_5_seeded",
    node: nodes,
    initializer: initializers,
    input: [makeValueInfo("input", ["batch", 3, 224, 224])],
    output: [makeValueInfo("output", ["batch", classes])],
  });
}
