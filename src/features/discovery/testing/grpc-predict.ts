/**
 * A probe `predict` for discovery tests that calls MSService.Predict over gRPC (HTTP/2) with
 * @grpc/grpc-js, encoding and reading the real protobuf messages as the console does.
 */
import * as grpc from "@grpc/grpc-js";
import { buildRequest, readReply } from "../../../../protocol/wire-layouts";
import { encodeInstances } from "../../../serving/encode-instances";
import { parseReply } from "../../../serving/parse-reply";
import type { ProbePredict } from "../discover-inputs";

/** A predict function for one servable method, the calls it sent, and a close. */
export interface GrpcPredict {
  predict: ProbePredict;
  readonly sent: number;
  close(): void;
}

/** Returns a predict function bound to the address, servable and method (version 0 = latest). */
export function createGrpcPredict(address: string, servable: string, method: string): GrpcPredict {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  let sent = 0;
  const raw = (bytes: Buffer) => bytes;
  const predict: ProbePredict = async (instance) => {
    const request = buildRequest(
      "1.3",
      { name: servable, methodName: method, version: 0 },
      encodeInstances(instance),
    );
    sent++;
    const reply = await new Promise<Buffer>((resolve, reject) => {
      client.makeUnaryRequest(
        "/mindspore.serving.proto.MSService/Predict",
        raw,
        raw,
        Buffer.from(request),
        (error, value) =>
          error || !value ? reject(error ?? new Error("no reply")) : resolve(value),
      );
    });
    return parseReply(readReply("1.3", reply), 1);
  };
  return {
    predict,
    get sent() {
      return sent;
    },
    close: () => client.close(),
  };
}
