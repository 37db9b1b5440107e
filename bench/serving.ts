import * as ort from "onnxruntime-node";
import { DEFAULT_MODEL_CACHE, ensureSeededResnet50 } from "../server/serving/seeded-model-cache";
import { startServing } from "../server/serving/start";
import { parseBenchFlags } from "./bench-flags";
import { connectPredict } from "./grpc-caller";
import { compareAlternating, sampleCalls, summarize } from "./latency-stats";
import { assertPredictOk, encodeAddRequest, encodeImageRequest } from "./predict-messages";
import { formatTable } from "./print-table";
import { makeSyntheticPhotos } from "./synthetic-photos";

// npm run bench:serving [-- --resnet50-model FILE] [--rounds N (default 3)]
// resnet50 through the whole server path (gRPC, decode, sharp preprocess, batching, model, postprocess)
// next to a bare session.run of the same model on ready tensors, and add_common request rate.

const flags = parseBenchFlags(3);
const serving = await startServing({ port: 0, quiet: true, resnet50Model: flags.resnet50Model });
const client = connectPredict(serving.address);
const call = async (bytes: Buffer) => assertPredictOk(await client.send(bytes));

const model = serving.servables.find((s) => s.name === "resnet50")!.versions.get(1)!.model;
const [channels = 3, size = 224] = model.inputs[0]?.dims ?? [];
const images = await makeSyntheticPhotos(8);
const session = await ort.InferenceSession.create(
  flags.resnet50Model ?? (await ensureSeededResnet50(DEFAULT_MODEL_CACHE)).path,
);

const rows: string[][] = [];
for (const concurrency of [1, 4]) {
  for (const batch of [1, 8, 32]) {
    const bytes = encodeImageRequest(images, batch);
    const input = new ort.Tensor(
      "float32",
      new Float32Array(batch * channels * size * size).fill(0.5),
      [batch, channels, size, size],
    );
    const [server, raw] = await compareAlternating(
      () => call(bytes),
      async () => {
        await session.run({ [session.inputNames[0] ?? "input"]: input });
      },
      // Each round sends at least 8 images per worker, so small batches get enough samples.
      {
        rounds: flags.rounds,
        perRound: Math.max(1, 8 / batch) * concurrency,
        concurrency,
        unit: batch,
      },
    );
    rows.push([
      "resnet50 classify_top1",
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

const addBytes = encodeAddRequest();
for (const concurrency of [1, 16]) {
  await call(addBytes);
  const add = summarize([await sampleCalls(() => call(addBytes), 2000, concurrency)]);
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

const modelName = flags.resnet50Model ?? "seeded ResNet-50 v1.5 (1001 classes)";
console.log(
  `Model: ${modelName}; images: 500x375 JPEG; onnxruntime-node ${ort.env.versions.common} CPU`,
);
console.log(
  "ratios: server p50 / raw p50, and raw images/s / server images/s (1.00 = no overhead)",
);
console.log(
  formatTable(
    [
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
    ],
    rows,
  ),
);
