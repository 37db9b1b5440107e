import { parseArgs } from "node:util";
import * as grpc from "@grpc/grpc-js";
import * as ort from "onnxruntime-node";
import sharp from "sharp";
import { createNormalRandom } from "../server/serving/onnx/seeded-random";
import { msServiceDefinition } from "../server/serving/predict-service";
import { DEFAULT_MODEL_CACHE, ensureSeededResnet50 } from "../server/serving/seeded-model-cache";
import { startServing } from "../server/serving/start";
import * as wire from "../src/serving/generated/serving-1.3/ms_service";

// npm run bench:serving [-- --resnet50-model FILE]
// resnet50 through the whole server path (gRPC, decode, sharp preprocess, batching, model, postprocess)
// next to a bare session.run of the same model on ready tensors, and add_common request rate.

const { values: flags } = parseArgs({ options: { "resnet50-model": { type: "string" } } });
const pass = (b: Buffer) => b;

/** Photo-sized JPEGs of seeded noise over a gradient, so decode and resize cost what real photos cost. */
async function makeImages(count: number): Promise<Buffer[]> {
  const next = createNormalRandom(7);
  const [width, height] = [500, 375];
  return Promise.all(
    Array.from({ length: count }, () => {
      const raw = Buffer.alloc(width * height * 3);
      for (let i = 0; i < raw.length; i += 1) {
        raw[i] = Math.max(0, Math.min(255, ((i / 3) % width) / 2 + 60 + next() * 40));
      }
      return sharp(raw, { raw: { width, height, channels: 3 } })
        .jpeg({ quality: 90 })
        .toBuffer();
    }),
  );
}

function predictRequest(
  servable: string,
  method: string,
  instances: Map<string, wire.Tensor>[],
): Buffer {
  const spec = new wire.ServableSpec({ name: servable, method_name: method });
  const message = new wire.PredictRequest({
    servable_spec: spec,
    instances: instances.map((items) => new wire.Instance({ items })),
  });
  return Buffer.from(message.serializeBinary());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Sample {
  latencies: number[];
  seconds: number;
  units: number;
}

interface Measure {
  perSecond: number;
  p50: number;
  p95: number;
}

/** Runs `total` calls of `once` spread over `concurrency` workers; returns their latencies and wall time. */
async function sample(
  total: number,
  concurrency: number,
  unit: number,
  once: () => Promise<void>,
): Promise<Sample> {
  const latencies: number[] = [];
  let left = total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left > 0) {
        left -= 1;
        const t = performance.now();
        await once();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, units: total * unit };
}

function summarize(samples: Sample[]): Measure {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((a, s) => a + s.seconds, 0);
  const units = samples.reduce((a, s) => a + s.units, 0);
  return {
    perSecond: units / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

/**
 * Measures two workloads in alternating rounds after one warm-up call each, so that both see the same
 * load from whatever else the machine is doing.
 */
async function compare(
  rounds: number,
  perRound: number,
  concurrency: number,
  unit: number,
  a: () => Promise<void>,
  b: () => Promise<void>,
): Promise<[Measure, Measure]> {
  await a();
  await b();
  const samplesA: Sample[] = [];
  const samplesB: Sample[] = [];
  for (let r = 0; r < rounds; r += 1) {
    samplesA.push(await sample(perRound, concurrency, unit, a));
    samplesB.push(await sample(perRound, concurrency, unit, b));
  }
  return [summarize(samplesA), summarize(samplesB)];
}

const serving = await startServing({
  port: 0,
  quiet: true,
  resnet50Model: flags["resnet50-model"],
});
const client = new grpc.Client(serving.address, grpc.credentials.createInsecure());
const call = (bytes: Buffer) =>
  new Promise<void>((resolve, reject) =>
    client.makeUnaryRequest(msServiceDefinition.Predict.path, pass, pass, bytes, (error, reply) => {
      const parsed = reply && wire.PredictReply.deserializeBinary(reply);
      if (error || !parsed || parsed.error_msg.length > 0) {
        reject(error ?? new Error("Predict failed"));
      } else {
        resolve();
      }
    }),
  );

const model = serving.servables.find((s) => s.name === "resnet50")!.versions.get(1)!.model;
const modelPath = flags["resnet50-model"] ?? "seeded ResNet-50 v1.5 (1001 classes)";
const images = await makeImages(8);
const imageTensor = (bytes: Buffer) =>
  new wire.Tensor({
    dtype: wire.DataType.MS_BYTES,
    shape: new wire.TensorShape({ dims: [1] }),
    bytes_val: [bytes],
  });
const [channels, size] = model.inputs[0].dims;
const session = await ort.InferenceSession.create(
  flags["resnet50-model"] ?? (await ensureSeededResnet50(DEFAULT_MODEL_CACHE)).path,
);

const rows: string[][] = [];
const ROUNDS = 3;
for (const concurrency of [1, 4]) {
  for (const batch of [1, 8, 32]) {
    const instances = Array.from(
      { length: batch },
      (_, i) => new Map([["image", imageTensor(images[i % images.length])]]),
    );
    const bytes = predictRequest("resnet50", "classify_top1", instances);
    const input = new ort.Tensor(
      "float32",
      new Float32Array(batch * channels * size * size).fill(0.5),
      [batch, channels, size, size],
    );
    // Each round sends at least 8 images per worker, so small batches get enough samples.
    const perRound = Math.max(1, 8 / batch) * concurrency;
    const [server, raw] = await compare(
      ROUNDS,
      perRound,
      concurrency,
      batch,
      () => call(bytes),
      async () => {
        await session.run({ [session.inputNames[0]]: input });
      },
    );
    rows.push([
      `resnet50 classify_top1`,
      String(batch),
      String(concurrency),
      server.perSecond.toFixed(1),
      server.p50.toFixed(1),
      server.p95.toFixed(1),
      raw.perSecond.toFixed(1),
      raw.p50.toFixed(1),
      (server.p50 / raw.p50).toFixed(2),
      (raw.perSecond / server.perSecond).toFixed(2),
    ]);
  }
}
await session.release();

const addTensor = new wire.Tensor({
  dtype: wire.DataType.MS_FLOAT32,
  shape: new wire.TensorShape({ dims: [2, 2] }),
  data: new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer),
});
const addBytes = predictRequest("add", "add_common", [
  new Map([
    ["x1", addTensor],
    ["x2", addTensor],
  ]),
]);
for (const concurrency of [1, 16]) {
  await call(addBytes);
  const add = summarize([await sample(2000, concurrency, 1, () => call(addBytes))]);
  rows.push([
    "add add_common (req/s)",
    "1",
    String(concurrency),
    add.perSecond.toFixed(0),
    add.p50.toFixed(2),
    add.p95.toFixed(2),
    "",
    "",
    "",
    "",
  ]);
}
client.close();
await serving.close();

const header = [
  "workload",
  "batch",
  "conc.",
  "server /s",
  "p50 ms",
  "p95 ms",
  "raw run /s",
  "raw p50 ms",
  "p50 ratio",
  "rate ratio",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(
  `Model: ${modelPath}; images: 500x375 JPEG; onnxruntime-node ${ort.env.versions.common} CPU`,
);
console.log(
  "ratios: server p50 / raw p50, and raw images/s / server images/s (1.00 = no overhead)",
);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
rows.forEach((r) => console.log(line(r)));
