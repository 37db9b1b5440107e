import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../../server/gateway/start";
import { startServing } from "../../server/serving/start";
import { createGrpcWebCall } from "../grpc-web-caller";
import { encodeAddRequest, encodeImageRequest } from "../predict-messages";
import { makeSyntheticPhotos } from "../synthetic-photos";
import { createAbortingCall } from "./abort-mid-body";
import type { RunningGateway } from "../../server/gateway/start";
import type { RunningServing } from "../../server/serving/start";

/**
 * Aborted uploads after which the clients stop, whether or not the big call has finished: about
 * five times what four clients abort while the call is answered on this machine when nothing
 * starves it (the stand-in runs resnet50 on its event loop, shared with everything here).
 */
const ABORT_CAP = 1500;

let serving: RunningServing;
let gateway: RunningGateway;

beforeAll(async () => {
  serving = await startServing({ port: 0, quiet: true });
  gateway = await startGateway({ listen: "127.0.0.1:0", upstream: serving.address, quiet: true });
});

afterAll(async () => {
  await gateway?.close();
  await serving?.close();
});

describe("a resnet50 ×8 call (892 KB) among clients that abort mid-upload", () => {
  it("is answered while the aborting and small calls go on, not after they stop", async () => {
    const imageBody = encodeImageRequest(await makeSyntheticPhotos(8), 8);
    let done = false;
    let aborts = 0;
    const aborting = Array.from({ length: 4 }, async () => {
      const abort = createAbortingCall(gateway.url, imageBody);
      while (!done && aborts < ABORT_CAP) {
        await abort();
        aborts += 1;
      }
    });
    const small = Array.from({ length: 4 }, async () => {
      const add = createGrpcWebCall(gateway.url, encodeAddRequest(), false);
      while (!done && aborts < ABORT_CAP) {
        await add();
      }
    });
    const big = createGrpcWebCall(gateway.url, imageBody, false)().finally(() => (done = true));
    await expect(big).resolves.toBeUndefined();
    const abortsWhenAnswered = aborts;
    await Promise.all([...aborting, ...small]);
    // Before the fix, each abandoned upload went on pushing its body through the session's
    // window, so the big call got a sliver of it until the aborting clients stopped.
    expect(abortsWhenAnswered).toBeLessThan(ABORT_CAP);
  }, 180_000);
});
