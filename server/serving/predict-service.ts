import * as grpc from "@grpc/grpc-js";
import { describeError } from "../../shared/describe-value";
import { decodeRequest, type WireMode } from "./decode-request";
import { encodeReply } from "./encode-reply";
import type { Predictor } from "./predict";

const passBuffer = (value: Buffer): Buffer => value;

/**
 * MSService with raw-bytes (de)serializers: the handler decodes each request itself, because the two wire
 * versions share the path and only the field number of `instances` tells them apart.
 */
export const msServiceDefinition = {
  Predict: {
    path: "/mindspore.serving.proto.MSService/Predict",
    requestStream: false,
    responseStream: false,
    requestSerialize: passBuffer,
    requestDeserialize: passBuffer,
    responseSerialize: passBuffer,
    responseDeserialize: passBuffer,
    originalName: "predict",
  },
} satisfies grpc.ServiceDefinition;

/** Returns the unary Predict handler; an unparsable message gets INVALID_ARGUMENT, every other failure a reply. */
export function createPredictHandler(
  predictor: Predictor,
  mode: WireMode,
): grpc.handleUnaryCall<Buffer, Buffer> {
  return (call, callback) => {
    let decoded: ReturnType<typeof decodeRequest>;
    try {
      decoded = decodeRequest(call.request, mode);
    } catch (error) {
      callback({
        code: grpc.status.INVALID_ARGUMENT,
        details: `Cannot parse PredictRequest: ${describeError(error)}`,
      });
      return;
    }
    predictor.predict(decoded.request).then(
      (reply) => callback(null, Buffer.from(encodeReply(reply, decoded.request, decoded.wire))),
      (error: unknown) =>
        callback({
          code: grpc.status.INTERNAL,
          details: describeError(error),
        }),
    );
  };
}
