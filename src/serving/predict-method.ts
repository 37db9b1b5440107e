/** The hand-written grpc-web method descriptor of MSService.Predict. */
import type { grpc } from "@improbable-eng/grpc-web";

/**
 * Carries already-serialized protobuf bytes through grpc-web. The client encodes with the
 * generated class of the chosen wire version itself, so one descriptor serves both versions and
 * the exchange can report exact byte counts.
 */
export class SerializedMessage implements grpc.ProtobufMessage {
  /** Wraps `bytes` as they are. */
  constructor(readonly bytes: Uint8Array = new Uint8Array(0)) {}
  /** Returns the wrapped bytes. */
  serializeBinary(): Uint8Array {
    return this.bytes;
  }
  /** Returns the size only; the bytes have their own JSON view (exchange-json). */
  toObject(): { byteLength: number } {
    return { byteLength: this.bytes.byteLength };
  }
  /** Returns the reply bytes wrapped, unparsed. */
  static deserializeBinary(bytes: Uint8Array): SerializedMessage {
    return new SerializedMessage(bytes);
  }
}

/** `rpc Predict(PredictRequest) returns (PredictReply)`, path /mindspore.serving.proto.MSService/Predict. */
export const predictMethod: grpc.UnaryMethodDefinition<SerializedMessage, SerializedMessage> = {
  methodName: "Predict",
  service: { serviceName: "mindspore.serving.proto.MSService" },
  requestStream: false,
  responseStream: false,
  requestType: SerializedMessage,
  responseType: SerializedMessage,
};
