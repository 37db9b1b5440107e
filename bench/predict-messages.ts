import * as wire from "../protocol/generated/serving-1.3/ms_service";

/** Returns the serialized PredictRequest of `instances` for `servable`'s `method`. */
export function encodePredictRequest(
  servable: string,
  method: string,
  instances: Map<string, wire.Tensor>[],
): Buffer {
  const message = new wire.PredictRequest({
    servable_spec: new wire.ServableSpec({ name: servable, method_name: method }),
    instances: instances.map((items) => new wire.Instance({ items })),
  });
  return Buffer.from(message.serializeBinary());
}

/** Returns an add add_common request of one instance, x1 = x2 = 2×2 float32 [1, 2, 3, 4]. */
export function encodeAddRequest(): Buffer {
  const x = new wire.Tensor({
    dtype: wire.DataType.MS_FLOAT32,
    shape: new wire.TensorShape({ dims: [2, 2] }),
    data: new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer),
  });
  return encodePredictRequest("add", "add_common", [
    new Map([
      ["x1", x],
      ["x2", x],
    ]),
  ]);
}

/** Returns a resnet50 classify_top1 request of `count` instances cycling through `images`. */
export function encodeImageRequest(images: Buffer[], count: number): Buffer {
  const instances = Array.from(
    { length: count },
    (_, i) =>
      new Map([
        [
          "image",
          new wire.Tensor({
            dtype: wire.DataType.MS_BYTES,
            shape: new wire.TensorShape({ dims: [1] }),
            bytes_val: [images[i % images.length] ?? Buffer.alloc(0)],
          }),
        ],
      ]),
  );
  return encodePredictRequest("resnet50", "classify_top1", instances);
}

/** Throws if `reply` is a PredictReply carrying an error message. */
export function assertPredictOk(reply: Buffer): void {
  const parsed = wire.PredictReply.deserializeBinary(reply);
  if (parsed.error_msg.length > 0) {
    throw new Error(`Predict failed: ${parsed.error_msg.map((e) => e.error_msg).join("; ")}`);
  }
}
