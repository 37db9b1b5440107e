import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { startGateway } from "../server/gateway/start";
import { msServiceDefinition } from "../server/serving/predict-service";
import { startServing } from "../server/serving/start";
import { makeTestCertificates } from "../server/serving/tls/testing/make-test-certificates";
import { parseBenchFlags } from "./bench-flags";
import { type Call, measureInterleaved, percentile, sampleCalls } from "./latency-stats";
import { encodeAddRequest } from "./predict-messages";
import { formatTable } from "./print-table";
import { createRestCall } from "./rest-caller";

// npm run bench:rest [-- --rounds N (default 1)]
// Latency and request rate of one add_common instance over gRPC and over Serving's REST API, directly and
// through the dev gateway, in plain text and over TLS (certificates made now with openssl). Calls of every
// path are interleaved so load from anything else on the machine hits them alike.

const flags = parseBenchFlags(1);
const addRequest = Buffer.from(encodeAddRequest());
const REST_BODY = '{"instances":{"x1":[[1.0,2.0],[3.0,4.0]],"x2":[[4.0,3.0],[2.0,1.0]]}}';
const certs = makeTestCertificates();
const ca = readFileSync(certs.caCert);

const plain = await startServing({ port: 0, restPort: 0, quiet: true });
const secure = await startServing({
  port: 0,
  restPort: 0,
  quiet: true,
  tls: { certFile: certs.serverCert, keyFile: certs.serverKey },
});
const gateway = await startGateway({
  listen: "127.0.0.1:0",
  upstream: plain.address,
  restUpstream: `127.0.0.1:${plain.restPort}`,
  quiet: true,
});

const pass = (b: Buffer) => b;
function grpcCall(address: string, credentials: grpc.ChannelCredentials): [Call, grpc.Client] {
  const client = new grpc.Client(address, credentials);
  const call: Call = () =>
    new Promise<void>((resolve, reject) =>
      client.makeUnaryRequest(msServiceDefinition.Predict.path, pass, pass, addRequest, (e) =>
        e ? reject(e) : resolve(),
      ),
    );
  return [call, client];
}
const [grpcPlain, plainClient] = grpcCall(plain.address, grpc.credentials.createInsecure());
const [grpcTls, tlsClient] = grpcCall(secure.address, grpc.credentials.createSsl(ca));
const paths: [string, Call][] = [
  ["gRPC direct", grpcPlain],
  ["REST direct", createRestCall(`${plain.restUrl}/model/add:add_common`, REST_BODY)],
  ["REST via gateway", createRestCall(`${gateway.url}/model/add:add_common`, REST_BODY)],
  ["gRPC TLS", grpcTls],
  ["REST TLS (https)", createRestCall(`${secure.restUrl}/model/add:add_common`, REST_BODY, { ca })],
];
const calls = paths.map(([, call]) => call);
const LATENCY_CALLS = 300;
const RATE_CALLS = 800;
const rows: string[][] = [];
for (let round = 0; round < flags.rounds; round++) {
  await measureInterleaved(calls, 30); // warm-up: connections, handshakes, JIT
  const latency = await measureInterleaved(calls, LATENCY_CALLS);
  const seconds = calls.map(() => 0);
  for (let slice = 0; slice < 4; slice++) {
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i];
      if (call) {
        seconds[i] = (seconds[i] ?? 0) + (await sampleCalls(call, RATE_CALLS / 4, 8)).seconds;
      }
    }
  }
  const base = percentile(latency[0] ?? [], 50);
  paths.forEach(([name], i) => {
    const sorted = latency[i] ?? [];
    const p50 = percentile(sorted, 50);
    rows.push([
      flags.rounds > 1 ? `${name} (round ${round + 1})` : name,
      p50.toFixed(3),
      percentile(sorted, 95).toFixed(3),
      (RATE_CALLS / (seconds[i] ?? 1)).toFixed(1),
      i === 0 ? "—" : `${p50 - base >= 0 ? "+" : ""}${(p50 - base).toFixed(3)} ms`,
    ]);
  });
}
plainClient.close();
tlsClient.close();
await gateway.close();
await Promise.all([plain.close(), secure.close()]);
certs.remove();

console.log(
  `add_common, one 2x2 float32 instance: gRPC ${addRequest.byteLength} B, REST ${REST_BODY.length} B`,
);
console.log(formatTable(["path", "p50 ms", "p95 ms", "req/s (8 in flight)", "p50 vs gRPC"], rows));
