import { existsSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { parseArgs } from "node:util";
import * as grpc from "@grpc/grpc-js";
import { startGateway } from "../server/gateway/start";
import { startServing } from "../server/serving/start";
import * as wire from "../src/serving/generated/serving-1.3/ms_service";

// npm run bench:gateway [-- --resnet50-model FILE] [--rounds N]
// Latency and request rate of add_common and of an 8-image resnet50 request, called directly over
// gRPC and through the dev gateway in gRPC-Web binary and text modes. Calls of the three paths are
// interleaved so load from anything else on the machine hits them alike.

const { values: flags } = parseArgs({
  options: { "resnet50-model": { type: "string" }, rounds: { type: "string" } },
});
const SHARED_MODEL = "../shared/models/mobilenetv2-12-int8.onnx";
const model = flags["resnet50-model"] ?? (existsSync(SHARED_MODEL) ? SHARED_MODEL : undefined);
const rounds = Number(flags.rounds ?? 1);
const PATH = "/mindspore.serving.proto.MSService/Predict";

function tensor(init: ConstructorParameters<typeof wire.Tensor>[0]): wire.Tensor {
  return new wire.Tensor(init);
}

function predictRequest(
  servable: string,
  method: string,
  instances: Map<string, wire.Tensor>[],
): Buffer {
  const message = new wire.PredictRequest({
    servable_spec: new wire.ServableSpec({ name: servable, method_name: method }),
    instances: instances.map((items) => new wire.Instance({ items })),
  });
  return Buffer.from(message.serializeBinary());
}

const x = tensor({
  shape: new wire.TensorShape({ dims: [2, 2] }),
  dtype: wire.DataType.MS_FLOAT32,
  data: new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer),
});
const addRequest = predictRequest("add", "add_common", [
  new Map([
    ["x1", x],
    ["x2", x],
  ]),
]);
const photos = ["cat.jpg", "dog.jpg"].map((name) =>
  readFileSync(`../shared/fixtures/images/${name}`),
);
const imageRequest = predictRequest(
  "resnet50",
  "classify_top1",
  Array.from(
    { length: 8 },
    (_, i) =>
      new Map([
        [
          "image",
          tensor({
            shape: new wire.TensorShape({ dims: [1] }),
            dtype: wire.DataType.MS_BYTES,
            bytes_val: [photos[i % 2]],
          }),
        ],
      ]),
  ),
);

type Call = () => Promise<void>;

function directCaller(address: string, body: Buffer): Call {
  const pass = (b: Buffer) => b;
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  return () =>
    new Promise((resolve, reject) =>
      client.makeUnaryRequest(PATH, pass, pass, body, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
}

function frame(body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(body.byteLength, 1);
  return Buffer.concat([head, body]);
}

function gatewayCaller(url: string, body: Buffer, text: boolean): Call {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const payload = text ? Buffer.from(frame(body).toString("base64")) : frame(body);
  const headers = {
    "content-type": text ? "application/grpc-web-text" : "application/grpc-web+proto",
    "x-grpc-web": "1",
    "content-length": String(payload.byteLength),
  };
  return () =>
    new Promise((resolve, reject) => {
      const req = request(`${url}${PATH}`, { method: "POST", agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          // Text replies are base64 blocks, each padded on its own (data frames, then trailers).
          const body = Buffer.concat(chunks);
          const reply = text
            ? Buffer.concat(
                (body.toString().match(/[^=]+=*/g) ?? []).map((b) => Buffer.from(b, "base64")),
              )
            : body;
          const ok = res.headers["grpc-status"] === undefined && reply.includes("grpc-status:0");
          return ok
            ? resolve()
            : reject(new Error(`call failed: ${res.headers["grpc-message"] ?? reply.toString()}`));
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(payload);
    });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Sequential latency, the paths interleaved call by call. */
async function measureLatency(calls: Call[], count: number): Promise<number[][]> {
  const samples = calls.map(() => [] as number[]);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < calls.length; k++) {
      const j = (i + k) % calls.length;
      const start = performance.now();
      await calls[j]();
      samples[j].push(performance.now() - start);
    }
  }
  return samples.map((s) => s.sort((a, b) => a - b));
}

/** Seconds taken by `count` calls with `concurrency` of them in flight. */
async function timeCalls(call: Call, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        await call();
      }
    }),
  );
  return (performance.now() - start) / 1000;
}

const serving = await startServing({ port: 0, quiet: true, resnet50Model: model });
const gateway = await startGateway({
  listen: "127.0.0.1:0",
  upstream: serving.address,
  quiet: true,
});
const rows: string[][] = [];
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
for (let round = 0; round < rounds; round++) {
  for (const w of workloads) {
    const calls = [
      directCaller(serving.address, w.body),
      gatewayCaller(gateway.url, w.body, false),
      gatewayCaller(gateway.url, w.body, true),
    ];
    await measureLatency(calls, Math.ceil(w.latencyCalls / 10)); // warm-up
    const latency = await measureLatency(calls, w.latencyCalls);
    // Rates are measured in alternating slices too, so a burst of outside load is shared.
    const seconds = calls.map(() => 0);
    for (let slice = 0; slice < 4; slice++) {
      for (let i = 0; i < calls.length; i++) {
        seconds[i] += await timeCalls(calls[i], w.rateCalls / 4, w.concurrency);
      }
    }
    const rates = seconds.map((s) => w.rateCalls / s);
    const base = percentile(latency[0], 50);
    ["direct gRPC", "gateway binary", "gateway text"].forEach((path, i) => {
      const p50 = percentile(latency[i], 50);
      rows.push([
        rounds > 1 ? `${w.name} (round ${round + 1})` : w.name,
        path,
        p50.toFixed(3),
        percentile(latency[i], 95).toFixed(3),
        rates[i].toFixed(1),
        i === 0
          ? "—"
          : `${p50 - base >= 0 ? "+" : ""}${(p50 - base).toFixed(3)} ms (${((p50 / base) * 100 - 100).toFixed(1)}%)`,
      ]);
    });
  }
}
await gateway.close();
await serving.close();

const header = ["request", "path", "p50 ms", "p95 ms", "req/s", "p50 vs direct"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(
  `request sizes: add_common ${addRequest.byteLength} B, resnet50 ×8 ${imageRequest.byteLength} B; model ${model ?? "seeded ResNet-50"}`,
);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
rows.forEach((r) => console.log(line(r)));
console.log("goal: under +1 ms at p50 for add_common, under +5% for the image batch");
