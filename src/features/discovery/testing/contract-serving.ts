/**
 * A small gRPC MSService for discovery tests: it serves one method with a declared contract and
 * refuses requests with real MindSpore Serving's texts, in Serving's order (every input present,
 * then per model input its byte size, then its dtype). A request that passes every check counts
 * as an inference.
 */
import * as grpc from "@grpc/grpc-js";
import { dtypeOfWire, numericDTypes } from "../../../../protocol/dtypes";
import { SERVING_DTYPE_NAMES } from "../../../../protocol/serving-dtype-names";
import { readRequest, toInstance, wireMessages } from "../../../../protocol/wire-layouts";
import type { NumericDType } from "../../../../protocol/tensor-types";
import type { WireInstance, WireReply } from "../../../../protocol/wire-tensor";

/** One model input of the served method (method input i feeds model input i). */
export interface ContractInput {
  name: string;
  dtype: NumericDType;
  byteSize: number;
}

/** What the test server serves and how it words its refusals. */
export interface ContractServingOptions {
  servable: string;
  method: string;
  inputs: readonly ContractInput[];
  /** Replaces Serving's wording of every refusal, to test an unexpected Serving. */
  rewordError?: (text: string) => string;
}

/** A running test server. */
export interface ContractServing {
  address: string;
  /** Requests answered. */
  readonly calls: number;
  /** Requests that passed every check (the model would have run). */
  readonly inferences: number;
  close(): Promise<void>;
}

/** Returns a started server on 127.0.0.1 with a free port. */
export async function startContractServing(
  options: ContractServingOptions,
): Promise<ContractServing> {
  let calls = 0;
  let inferences = 0;
  const server = new grpc.Server();
  const raw = (bytes: Buffer) => bytes;
  server.addService(
    {
      Predict: {
        path: "/mindspore.serving.proto.MSService/Predict",
        requestStream: false,
        responseStream: false,
        requestSerialize: raw,
        requestDeserialize: raw,
        responseSerialize: raw,
        responseDeserialize: raw,
      },
    },
    {
      Predict: (
        call: grpc.ServerUnaryCall<Buffer, Buffer>,
        callback: grpc.sendUnaryData<Buffer>,
      ) => {
        calls++;
        const request = readRequest("1.3", call.request);
        const refusal = request.instances
          .map((items) => checkInstance(items, options))
          .find(Boolean);
        if (refusal) {
          const text = options.rewordError ? options.rewordError(refusal) : refusal;
          const errors = [{ code: 1, message: new TextEncoder().encode(text) }];
          callback(null, Buffer.from(writeReply({ instances: [], errors })));
          return;
        }
        inferences += request.instances.length;
        const y = { dtype: 11, dims: [1], data: new Uint8Array(4), bytesVal: [] };
        const instances: WireInstance[] = request.instances.map(() => [["y", y]]);
        callback(null, Buffer.from(writeReply({ instances, errors: [] })));
      },
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    );
  });
  return {
    address: `127.0.0.1:${port}`,
    get calls() {
      return calls;
    },
    get inferences() {
      return inferences;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
}

function checkInstance(items: WireInstance, options: ContractServingOptions): string | undefined {
  const byName = new Map(items);
  for (const input of options.inputs) {
    if (!byName.has(input.name)) {
      return `Cannot find input ${input.name} in instance input , servable ${options.servable}, method ${options.method}`;
    }
  }
  for (const [index, input] of options.inputs.entries()) {
    const tensor = byName.get(input.name);
    const dtype = tensor ? dtypeOfWire(tensor.dtype) : undefined;
    const size = tensor?.data.byteLength ?? 0;
    if (size !== input.byteSize) {
      return `Given model input ${index} size ${size} not match the size ${input.byteSize} defined in model`;
    }
    if (dtype !== input.dtype) {
      const given =
        dtype && dtype in numericDTypes
          ? SERVING_DTYPE_NAMES[dtype as NumericDType]
          : "kMSI_Unknown";
      return `Given model input ${index} data type ${given} not match the data type ${SERVING_DTYPE_NAMES[input.dtype]} defined in model`;
    }
  }
  return undefined;
}

// A 1.3 PredictReply, written through protocol/ (server/serving/build-reply.ts is out of reach
// from src/, and the generated classes are reached only through protocol/).
function writeReply(reply: Pick<WireReply, "instances" | "errors">): Uint8Array {
  const m = wireMessages("1.3");
  return new m.PredictReply({
    instances: reply.instances.map((items) => toInstance(m, items)),
    error_msg: reply.errors.map(
      (e) => new m.ErrorMsg({ error_code: e.code, error_msg: e.message }),
    ),
  }).serializeBinary();
}
