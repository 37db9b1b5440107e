import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServing, type RunningServing } from "../server/serving/start";
import { discoverInputs } from "../src/features/discovery/discover-inputs";
import { createGrpcPredict } from "../src/features/discovery/testing/grpc-predict";

let serving: RunningServing | undefined;
beforeAll(async () => {
  serving = await startServing({ port: 0, quiet: true });
}, 120_000); // the models load first
afterAll(async () => {
  await serving?.close();
});

async function discoverOn(servable: string, method: string) {
  const grpcPredict = createGrpcPredict(serving?.address ?? "", servable, method);
  try {
    const outcome = await discoverInputs({
      predict: grpcPredict.predict,
      confirmMore: () => Promise.resolve(false),
    });
    return { outcome, sent: grpcPredict.sent };
  } finally {
    grpcPredict.close();
  }
}

describe("discoverInputs() against the stand-in Serving", () => {
  it("learns add_common's two float32 inputs of 16 bytes in 6 calls", async () => {
    const { outcome, sent } = await discoverOn("add", "add_common");
    expect(outcome).toEqual({
      inputs: [
        { name: "x1", image: false, byteSize: 16, dtype: "float32" },
        { name: "x2", image: false, byteSize: 16, dtype: "float32" },
      ],
      calls: 6,
      complete: true,
    });
    expect(sent).toBe(6);
  });

  it("learns resnet50's image input by name in 2 calls and stops at its preprocess", async () => {
    const { outcome, sent } = await discoverOn("resnet50", "classify_top5");
    expect(outcome.inputs).toEqual([{ name: "image", image: true }]);
    expect(outcome.complete).toBe(false);
    expect(outcome.stopped).toMatch(/^Serving's answer after the names is not one discovery reads/);
    expect(sent).toBe(2);
  });
});
