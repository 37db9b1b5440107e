// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { discoverInputs, type DiscoveryOutcome } from "./discover-inputs";
import { startContractServing, type ContractServingOptions } from "./testing/contract-serving";
import { createGrpcPredict } from "./testing/grpc-predict";

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) {
    await close();
  }
});

async function discover(
  options: ContractServingOptions,
  confirmMore: (calls: number) => Promise<boolean> = () => Promise.resolve(true),
): Promise<{ outcome: DiscoveryOutcome; calls: number; inferences: number; asked: number[] }> {
  const serving = await startContractServing(options);
  closers.push(() => serving.close());
  const grpcPredict = createGrpcPredict(serving.address, options.servable, options.method);
  closers.push(() => grpcPredict.close());
  const asked: number[] = [];
  const outcome = await discoverInputs({
    predict: grpcPredict.predict,
    confirmMore: (calls) => {
      asked.push(calls);
      return confirmMore(calls);
    },
  });
  return { outcome, calls: serving.calls, inferences: serving.inferences, asked };
}

const ADD: ContractServingOptions = {
  servable: "add",
  method: "add_common",
  inputs: [
    { name: "x1", dtype: "float32", byteSize: 16 },
    { name: "x2", dtype: "float32", byteSize: 16 },
  ],
};

describe("discoverInputs()", () => {
  it("learns add_common's names, sizes and dtypes in 6 calls and never runs the model", async () => {
    const { outcome, calls, inferences, asked } = await discover(ADD);
    expect(outcome).toEqual({
      inputs: [
        { name: "x1", image: false, byteSize: 16, dtype: "float32" },
        { name: "x2", image: false, byteSize: 16, dtype: "float32" },
      ],
      calls: 6,
      complete: true,
    });
    expect([calls, inferences, asked]).toEqual([6, 0, []]);
  });

  it("takes a right dtype guess from Serving moving on to the next input", async () => {
    const { outcome, inferences } = await discover({
      servable: "mix",
      method: "run",
      inputs: [
        { name: "ids", dtype: "uint16", byteSize: 8 },
        { name: "mask", dtype: "bool", byteSize: 3 },
        { name: "scale", dtype: "float64", byteSize: 8 },
      ],
    });
    expect(outcome.inputs.map((i) => [i.name, i.byteSize, i.dtype])).toEqual([
      ["ids", 8, "uint16"],
      ["mask", 3, "bool"],
      ["scale", 8, "float64"],
    ]);
    expect([outcome.complete, outcome.calls, inferences]).toEqual([true, 8, 0]);
  });

  it("asks before call 11 and stops when told to", async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({
      name: `in${i}`,
      dtype: "int32" as const,
      byteSize: 4,
    }));
    const { outcome, calls, asked } = await discover(
      { servable: "wide", method: "m", inputs },
      () => Promise.resolve(false),
    );
    expect(asked).toEqual([10]);
    expect(calls).toBe(10);
    expect(outcome.complete).toBe(false);
    expect(outcome.stopped).toBe("stopped after 10 calls, as asked");
    expect(outcome.inputs.map((i) => i.name)).toEqual(inputs.slice(0, 10).map((i) => i.name));
  });

  it("goes on past 10 calls when the user agrees", async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({
      name: `in${i}`,
      dtype: "int32" as const,
      byteSize: 4,
    }));
    const { outcome, asked, inferences } = await discover({
      servable: "wide",
      method: "m",
      inputs,
    });
    expect(asked).toEqual([10, 20, 30]);
    expect(outcome.complete).toBe(true);
    expect(outcome.inputs.every((i) => i.dtype === "int32" && i.byteSize === 4)).toBe(true);
    expect(inferences).toBe(0);
  });

  it("stops and quotes Serving when its errors are not in the expected form", async () => {
    const { outcome, calls } = await discover({
      ...ADD,
      rewordError: (text) => text.replace("Cannot find input", "Missing input"),
    });
    expect(outcome).toEqual({
      inputs: [],
      calls: 1,
      complete: false,
      stopped:
        'Serving\'s answer is not one discovery reads: "Missing input x1 in instance input , servable add, method add_common"',
    });
    expect(calls).toBe(1);
  });

  it("marks image-named inputs", async () => {
    const { outcome } = await discover({
      servable: "vision",
      method: "classify",
      inputs: [{ name: "image", dtype: "uint8", byteSize: 12 }],
    });
    expect(outcome.inputs).toEqual([{ name: "image", image: true, byteSize: 12, dtype: "uint8" }]);
  });
});
