import { existsSync, readFileSync } from "node:fs";
import { startGateway } from "../server/gateway/start";
import { startServing } from "../server/serving/start";
import { parseBenchFlags } from "./bench-flags";
import { connectPredict } from "./grpc-caller";
import { createGrpcWebCall } from "./grpc-web-caller";
import { type Call, measureInterleaved, percentile, sampleCalls } from "./latency-stats";
import { encodeAddRequest, encodeImageRequest } from "./predict-messages";
import { formatTable } from "./print-table";

// npm run bench:gateway [-- --resnet50-model FILE] [--rounds N (default 1)]
// Latency and request rate of add_common and of an 8-image resnet50 request, called directly over
// gRPC and through the dev gateway in gRPC-Web binary and text modes. Calls of the three paths are
// interleaved so load from anything else on the machine hits them alike.

const flags = parseBenchFlags(1);
const SHARED_MODEL = "../shared/models/mobilenetv2-12-int8.onnx";
const model = flags.resnet50Model ?? (existsSync(SHARED_MODEL) ? SHARED_MODEL : undefined);
const addRequest = encodeAddRequest();
const photos = ["cat.jpg", "dog.jpg"].map((name) =>
  readFileSync(`../shared/fixtures/images/${name}`),
);
const imageRequest = encodeImageRequest(photos, 8);

const serving = await startServing({ port: 0, quiet: true, resnet50Model: model });
const gateway = await startGateway({
  listen: "127.0.0.1:0",
  upstream: serving.address,
  quiet: true,
});
const direct = connectPredict(serving.address);
const workloads = [
  { name: "add_common", body: addRequest, latencyCalls: 400, rateCalls: 800, concurrency: 8 },
  {
    name: "resnet50 ×8 images",
    body: imageRequest,
    latencyCalls: 25,
    rateCalls: 24,
    concurrency: 2,
  },
];
const rows: string[][] = [];
for (let round = 0; round < flags.rounds; round++) {
  for (const w of workloads) {
    const calls: Call[] = [
      async () => void (await direct.send(w.body)),
      createGrpcWebCall(gateway.url, w.body, false),
      createGrpcWebCall(gateway.url, w.body, true),
    ];
    await measureInterleaved(calls, Math.ceil(w.latencyCalls / 10)); // warm-up
    const latency = await measureInterleaved(calls, w.latencyCalls);
    // Rates are measured in alternating slices too, so a burst of outside load is shared.
    const seconds = calls.map(() => 0);
    for (let slice = 0; slice < 4; slice++) {
      for (const [i, call] of calls.entries()) {
        seconds[i] =
          (seconds[i] ?? 0) + (await sampleCalls(call, w.rateCalls / 4, w.concurrency)).seconds;
      }
    }
    const base = percentile(latency[0] ?? [], 50);
    ["direct gRPC", "gateway binary", "gateway text"].forEach((path, i) => {
      const p50 = percentile(latency[i] ?? [], 50);
      const delta = p50 - base;
      rows.push([
        flags.rounds > 1 ? `${w.name} (round ${round + 1})` : w.name,
        path,
        p50.toFixed(3),
        percentile(latency[i] ?? [], 95).toFixed(3),
        (w.rateCalls / (seconds[i] ?? Number.NaN)).toFixed(1),
        i === 0
          ? "—"
          : `${delta >= 0 ? "+" : ""}${delta.toFixed(3)} ms (${((p50 / base) * 100 - 100).toFixed(1)}%)`,
      ]);
    });
  }
}
direct.close();
await gateway.close();
await serving.close();

console.log(
  `request sizes: add_common ${addRequest.byteLength} B, resnet50 ×8 ${imageRequest.byteLength} B; model ${model ?? "seeded ResNet-50"}`,
);
console.log(formatTable(["request", "path", "p50 ms", "p95 ms", "req/s", "p50 vs direct"], rows));
console.log("goal: under +1 ms at p50 for add_common, under +5% for the image batch");
