import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../server/gateway/start";
import { startServing, type RunningServing } from "../server/serving/start";
import { ServingClient } from "../src/serving/client";
import { inferAutoWire } from "../src/serving/infer-auto-wire";
import { InvalidInputError } from "../src/serving/invalid-input-error";
import type { Instance, ServingTarget } from "../src/serving/types";

function float32(values: number[]): Instance[string] {
  return { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(values) };
}

const instances: Instance[] = [
  { x1: float32([1, 2, 3, 4]), x2: float32([1, 2, 3, 4]) },
  { x1: float32([0.5, 0, -1, 10]), x2: float32([0.5, 1, 1, -10]) },
];

const sums = [new Float32Array([2, 4, 6, 8]), new Float32Array([1, 1, 0, 0])];

/** A stand-in Serving speaking one wire version, and a gateway in front of it. */
function chain(wire: "1.3" | "1.2") {
  let serving: RunningServing | undefined;
  let gateway: RunningGateway | undefined;
  beforeAll(async () => {
    serving = await startServing({ port: 0, wire, quiet: true });
    gateway = await startGateway({ listen: "127.0.0.1:0", upstream: serving.address, quiet: true });
  });
  afterAll(async () => {
    await gateway?.close();
    await serving?.close();
  });
  return (): ServingTarget => ({
    url: gateway?.url ?? "",
    servable: "add",
    method: "add_common",
  });
}

function expectSums(result: Awaited<ReturnType<ServingClient["infer"]>>): void {
  expect(result.ok).toBe(true);
  const ys = result.ok
    ? result.instances.map((instance) => ("outputs" in instance ? instance.outputs.y : undefined))
    : [];
  expect(ys).toEqual(
    sums.map((data) => ({ kind: "tensor", dtype: "float32", shape: [2, 2], data })),
  );
}

describe("inferAutoWire() against a stand-in started with --wire 1.2", () => {
  const target = chain("1.2");

  it("resends in the 1.1–1.2 layout after the zero-instance error and detects 1.2", async () => {
    const { exchange, detected } = await inferAutoWire(target(), instances, {
      transport: NodeHttpTransport(),
    });
    expect(detected).toBe("1.2");
    expect(exchange.wire).toBe("1.2");
    expectSums(exchange.result);
  });

  it("sends once in the remembered 1.2 layout", async () => {
    const { exchange, detected } = await inferAutoWire(target(), instances, {
      known: "1.2",
      transport: NodeHttpTransport(),
    });
    expect(detected).toBe("1.2");
    expectSums(exchange.result);
  });

  it("refuses an empty instance list before sending, as infer does", async () => {
    await expect(
      inferAutoWire(target(), [], { transport: NodeHttpTransport() }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("with the fixed ≥ 1.3 wire, the error names 1.1–1.2 as the likely wire", async () => {
    const result = await new ServingClient({ ...target(), wire: "1.3" }, NodeHttpTransport()).infer(
      instances,
    );
    expect(result).toMatchObject({ ok: false, cause: "wire-mismatch", likelyWire: "1.2" });
    expect(!result.ok && result.error).toMatch(/^Instances count of request cannot be 0/);
  });
});

describe("inferAutoWire() against a stand-in started with --wire 1.3", () => {
  const target = chain("1.3");

  it("answers the first ≥ 1.3 request and detects 1.3", async () => {
    const { exchange, detected } = await inferAutoWire(target(), instances, {
      transport: NodeHttpTransport(),
    });
    expect(detected).toBe("1.3");
    expect(exchange.wire).toBe("1.3");
    expectSums(exchange.result);
  });

  it("does not detect anything from a Serving error unrelated to the wire", async () => {
    const { exchange, detected } = await inferAutoWire(
      { ...target(), method: "add_common2" },
      instances,
      { transport: NodeHttpTransport() },
    );
    expect(detected).toBeUndefined();
    expect(exchange.result).toMatchObject({ ok: false, cause: "not-available" });
    expect(exchange.result).not.toHaveProperty("likelyWire");
  });
});
