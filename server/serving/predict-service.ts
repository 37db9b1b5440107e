import * as grpc from "@grpc/grpc-js";
import { STAND_IN_MODEL_HEADER, UNTRAINED_MODEL_VALUE } from "../../protocol/stand-in-model-header";
import { describeError } from "../../shared/describe-value";
import { decodeRequest, type WireMode } from "./decode-request";
import { encodeReply } from "./encode-reply";
import { generationOfWire } from "./serving-generation";
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

/**
 * Returns the unary Predict handler: each request gets the semantics of the Serving generation its wire layout
 * belongs to; an unparsable message gets INVALID_ARGUMENT, every other failure a reply.
 */
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
    // A request Serving never answers stays held until its caller cancels or its deadline passes.
    const abandoned = new AbortController();
    call.on("cancelled", () => abandoned.abort());
    const options = { generation: generationOfWire(decoded.wire), signal: abandoned.signal };
    predictor.predict(decoded.request, options).then(
      (reply) => {
        if (predictor.usesUntrainedModel(decoded.request)) {
          // Initial metadata, so a gRPC-Web client reads it with the reply headers.
          const metadata = new grpc.Metadata();
          metadata.set(STAND_IN_MODEL_HEADER, UNTRAINED_MODEL_VALUE);
          call.sendMetadata(metadata);
        }
        callback(null, Buffer.from(encodeReply(reply, decoded.request, decoded.wire)));
      },
      (error: unknown) =>
        callback({
          code: grpc.status.INTERNAL,
          details: describeError(error),
        }),
    );
  };
}
