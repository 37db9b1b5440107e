/**
 * Reduced load: `tsx bench/load/stall-repro.ts [add-clients] [seconds] [abort-share] [image-clients]`.
 * Image clients send resnet50 ×8 while the other clients send add_common, no restart; prints
 * every image call's time and the HTTP/2 probe lines of both processes.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { startChild, startGatewayChild } from "../child-server";
import { createGrpcWebCall } from "../grpc-web-caller";
import { encodeAddRequest, encodeImageRequest } from "../predict-messages";
import { makeSyntheticPhotos } from "../synthetic-photos";
import { createAbortingCall } from "./abort-mid-body";

const addClients = Number(process.argv[2] ?? "62");
const seconds = Number(process.argv[3] ?? "20");
const abortShare = Number(process.argv[4] ?? "0");
const imageClients = Number(process.argv[5] ?? "1");
const probe = ["--import", "./bench/load/h2-probe.ts", "--import", "./bench/load/memory-probe.ts"];
const show = (who: string) => (line: string) => {
  if (line.startsWith("h2 ") || line.startsWith("memory ")) {
    const value = JSON.parse(line.slice(line.indexOf(" ") + 1)) as Record<string, unknown>;
    if (line.startsWith("memory ")) {
      const mib = (n: unknown) => Math.round(Number(n) / 1048576);
      console.log(
        `${who} mem rss ${mib(value.rss)} heap ${mib(value.heapUsed)} ab ${mib(value.arrayBuffers)} ext ${mib(value.external)}`,
      );
    } else {
      console.log(`${who} ${JSON.stringify(value.sessions)}`);
    }
  }
};
const serving = await startChild(
  "server/serving/main.ts",
  ["--host", "127.0.0.1", "--port", "0"],
  /listening on (\S+)/,
  { nodeArgs: probe, onLine: show("S") },
);
const gateway = await startGatewayChild(serving.address, { nodeArgs: probe, onLine: show("G") });
const addBody = encodeAddRequest();
const imageBody = encodeImageRequest(await makeSyntheticPhotos(8), 8);
await createGrpcWebCall(gateway.address, imageBody, false)();
const started = performance.now();
const until = started + seconds * 1000;
let adds = 0;
let addFailures = 0;
let images = 0;
const clients = [
  ...Array.from({ length: imageClients }, async (_, i) => {
    const call = createGrpcWebCall(gateway.address, imageBody, false);
    while (performance.now() < until) {
      const t = performance.now();
      let status = "OK";
      try {
        await call();
      } catch (error) {
        status = String(error).slice(0, 200);
      }
      images++;
      console.log(
        `image client ${i}: ${(performance.now() - t).toFixed(0)} ms ${status} at ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }),
  ...Array.from({ length: addClients }, async (_, i) => {
    const call = createGrpcWebCall(gateway.address, addBody, false);
    const abort = createAbortingCall(gateway.address, imageBody);
    let n = i;
    while (performance.now() < until) {
      n = (n * 1103515245 + 12345) % 2147483648;
      if (n / 2147483648 < abortShare) {
        await abort();
        continue;
      }
      await call().catch(() => (addFailures += 1));
      adds++;
    }
  }),
];
const ticker = setInterval(
  () =>
    console.log(
      `t=${((performance.now() - started) / 1000).toFixed(0)} s adds ${adds} (failed ${addFailures}) images ${images}`,
    ),
  1000,
);
await Promise.all(clients);
clearInterval(ticker);
await sleep(500);
await Promise.all([gateway.stop(), serving.stop()]);
