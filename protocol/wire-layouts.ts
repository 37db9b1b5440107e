/**
 * The two MSService encodings (docs/architecture.md, "Wire versions"): Serving ≥ 1.3 puts
 * PredictRequest.instances in field 2 with an unsigned version; 1.1–1.2 uses field 3, a signed
 * version and PredictReply.status. Outside protocol/ only src/serving imports the generated classes.
 */
import * as v12 from "./generated/serving-1.2/ms_service";
import * as v13 from "./generated/serving-1.3/ms_service";
import type { WireInstance, WireReply, WireSpec, WireTensor } from "./wire-tensor";
import type { WireVersion } from "./wire-version";

type Messages = typeof v13 | typeof v12;

const modules: Record<WireVersion, Messages> = { "1.3": v13, "1.2": v12 };

/**
 * Returns the generated message classes of a wire version. The two modules' classes are distinct
 * types with the same shape, so they are typed as the 1.3 ones; `instanceof v12.PredictReply`
 * tells which one a message is.
 */
export function wireMessages(wire: WireVersion): typeof v13 {
  return modules[wire] as typeof v13;
}

/** Returns true when `message` is a 1.1–1.2 PredictReply, which has the `status` field. */
export function isLegacyReply(message: unknown): message is v12.PredictReply {
  return message instanceof v12.PredictReply;
}

/** Returns the serialized PredictRequest of the given wire version. */
export function buildRequest(
  wire: WireVersion,
  spec: WireSpec,
  instances: WireInstance[],
): Uint8Array {
  const m = wireMessages(wire);
  return new m.PredictRequest({
    servable_spec: toSpec(m, spec),
    instances: instances.map((items) => toInstance(m, items)),
  }).serializeBinary();
}

/** Returns the Instance message of one wire instance, made with the classes `m`. */
export function toInstance(m: typeof v13, items: WireInstance): v13.Instance {
  return new m.Instance({ items: new Map(items.map(([name, t]) => [name, toTensor(m, t)])) });
}

/** Returns the ServableSpec message of `spec`, made with the classes `m`. */
export function toSpec(m: typeof v13, spec: WireSpec): v13.ServableSpec {
  return new m.ServableSpec({
    name: spec.name,
    method_name: spec.methodName,
    version_number: spec.version,
  });
}

function toTensor(m: typeof v13, t: WireTensor): v13.Tensor {
  const tensor = new m.Tensor({ dtype: t.dtype, data: t.data, bytes_val: t.bytesVal });
  if (t.dims.length > 0) {
    tensor.shape = new m.TensorShape({ dims: t.dims });
  }
  return tensor;
}

/** Returns the PredictReply in `bytes` read as the given wire version; throws if it is not protobuf. */
export function readReply(wire: WireVersion, bytes: Uint8Array): WireReply {
  const reply = modules[wire].PredictReply.deserializeBinary(bytes);
  return {
    spec: reply.has_servable_spec ? fromSpec(reply.servable_spec) : undefined,
    status: reply instanceof v12.PredictReply ? reply.status : undefined,
    instances: reply.instances.map(fromInstance),
    errors: reply.error_msg.map((e) => ({ code: e.error_code, message: e.error_msg })),
  };
}

/** Returns the PredictRequest in `bytes` read as the given wire version (for servers and tests). */
export function readRequest(
  wire: WireVersion,
  bytes: Uint8Array,
): { spec?: WireSpec; instances: WireInstance[] } {
  const request = modules[wire].PredictRequest.deserializeBinary(bytes);
  return {
    spec: request.has_servable_spec ? fromSpec(request.servable_spec) : undefined,
    instances: request.instances.map(fromInstance),
  };
}

function fromSpec(spec: v13.ServableSpec | v12.ServableSpec): WireSpec {
  return { name: spec.name, methodName: spec.method_name, version: spec.version_number };
}

function fromInstance(instance: v13.Instance | v12.Instance): WireInstance {
  return [...instance.items].map(([name, tensor]) => [name, fromTensor(tensor)]);
}

function fromTensor(tensor: v13.Tensor | v12.Tensor): WireTensor {
  return {
    dtype: tensor.dtype,
    dims: tensor.has_shape ? tensor.shape.dims : [],
    data: tensor.data,
    bytesVal: tensor.bytes_val,
  };
}
