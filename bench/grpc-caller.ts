import * as grpc from "@grpc/grpc-js";
import { msServiceDefinition } from "../server/serving/predict-service";

/** A plain gRPC client for Predict that sends already-serialized requests. */
export interface PredictClient {
  send(body: Buffer): Promise<Buffer>;
  close(): void;
}

/** Returns a Predict client for `address`; `send` resolves the reply bytes, rejects on a gRPC error. */
export function connectPredict(address: string): PredictClient {
  // Passing bytes through untouched keeps protobuf encoding out of the measured path.
  const pass = (b: Buffer) => b;
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  return {
    send: (body) =>
      new Promise((resolve, reject) =>
        client.makeUnaryRequest(
          msServiceDefinition.Predict.path,
          pass,
          pass,
          body,
          (error, reply) =>
            error || !reply ? reject(error ?? new Error("no reply")) : resolve(reply),
        ),
      ),
    close: () => client.close(),
  };
}
