import * as ort from "onnxruntime-node";
import type { Model, ModelFeed, ModelResult, ModelTensorInfo } from "./servable-types";

type NumericData = Exclude<ort.Tensor["data"], string[]>;

function describeValues(
  metadata: readonly ort.InferenceSession.ValueMetadata[],
): ModelTensorInfo[] {
  return metadata.map((m) => {
    if (!m.isTensor) {
      throw new Error(`Model value ${m.name} is not a tensor`);
    }
    return {
      name: m.name,
      type: m.type,
      dims: m.shape.map((d) => (typeof d === "number" && d >= 0 ? d : -1)),
    };
  });
}

/** Returns items[i]; a batch always holds one entry per feed, input and output, so a gap is a bug. */
function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) {
    throw new Error(`batch entry ${i} of ${items.length} is missing`);
  }
  return item;
}

function concatBatch(tensors: readonly ort.Tensor[]): ort.Tensor {
  const first = at(tensors, 0);
  const size = first.size;
  const Ctor = (first.data as NumericData).constructor as new (length: number) => NumericData;
  const data = new Ctor(size * tensors.length);
  tensors.forEach((t, i) => (data as Float32Array).set(t.data as Float32Array, i * size));
  return new ort.Tensor(first.type, data, [tensors.length, ...first.dims]);
}

function splitBatch(tensor: ort.Tensor, count: number): ort.Tensor[] {
  const [, ...dims] = tensor.dims;
  const size = tensor.size / count;
  const data = tensor.data as Float32Array;
  return Array.from(
    { length: count },
    (_, i) => new ort.Tensor(tensor.type, data.slice(i * size, (i + 1) * size), dims),
  );
}

/**
 * Returns the model in an .onnx file, loaded into an onnxruntime CPU session.
 * The model counts as batched when every input's first dimension is symbolic.
 */
export async function loadOnnxModel(path: string): Promise<Model> {
  // Without the arena, memory a large batch needed goes back to the allocator once it is done,
  // instead of staying reserved by the session for good.
  const session = await ort.InferenceSession.create(path, {
    executionProviders: ["cpu"],
    enableCpuMemArena: false,
  });
  const rawInputs = describeValues(session.inputMetadata);
  const rawOutputs = describeValues(session.outputMetadata);
  const batched = rawInputs.every((i) => i.dims.length > 0 && i.dims[0] === -1);
  const strip = (infos: ModelTensorInfo[]) =>
    batched ? infos.map((i) => ({ ...i, dims: i.dims.slice(1) })) : infos;
  const inputs = strip(rawInputs);
  const outputs = strip(rawOutputs);

  const feedsOf = (tensors: readonly ort.Tensor[]) =>
    Object.fromEntries(inputs.map((info, i) => [info.name, at(tensors, i)]));
  const resultOf = (out: ort.InferenceSession.OnnxValueMapType) =>
    outputs.map((o) => out[o.name] as ort.Tensor);

  async function runBatch(feeds: readonly ModelFeed[]): Promise<ModelResult[]> {
    if (!batched) {
      const results: ModelResult[] = [];
      for (const feed of feeds) {
        results.push(resultOf(await session.run(feedsOf(feed))));
      }
      return results;
    }
    const joined = inputs.map((_, i) => concatBatch(feeds.map((f) => at(f, i))));
    const out = resultOf(await session.run(feedsOf(joined)));
    const perOutput = out.map((t) => splitBatch(t, feeds.length));
    return feeds.map((_, n) => perOutput.map((parts) => at(parts, n)));
  }

  return { inputs, outputs, batched, runBatch, release: () => session.release() };
}
