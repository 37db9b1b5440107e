/**
 * The wire layouts of MSService messages (docs/architecture.md, "Wire versions") for checkWireFormat: which fields are nested
 * messages, byte strings and varints in each Serving wire version.
 */
import type { FieldLayout, MessageLayout } from "./check-wire-format";
import type { WireVersion } from "./wire-version";

const varint: FieldLayout = { kind: "varint" };
const bytes: FieldLayout = { kind: "bytes" };
const nested = (layout: MessageLayout): FieldLayout => ({ kind: "message", layout });

const layout = (name: string, fields: [number, FieldLayout][]): MessageLayout => ({
  name,
  fields: new Map(fields),
});

const servableSpec = layout("ServableSpec", [
  [1, bytes],
  [2, bytes],
  [3, varint],
]);
const tensorShape = layout("TensorShape", [[1, { kind: "repeated-varint" }]]);
const tensor = layout("Tensor", [
  [1, nested(tensorShape)],
  [2, varint],
  [3, bytes],
  [4, bytes],
]);
// map<string, Tensor> is a repeated entry message with key 1 and value 2.
const itemsEntry = layout("Instance.items entry", [
  [1, bytes],
  [2, nested(tensor)],
]);
const instance = layout("Instance", [[1, nested(itemsEntry)]]);
const errorMsg = layout("ErrorMsg", [
  [1, varint],
  [2, bytes],
]);

/** PredictRequest per wire version: instances in field 2 from Serving 1.3, field 3 before. */
export const predictRequestLayouts: Record<WireVersion, MessageLayout> = {
  "1.3": layout("PredictRequest", [
    [1, nested(servableSpec)],
    [2, nested(instance)],
  ]),
  "1.2": layout("PredictRequest", [
    [1, nested(servableSpec)],
    [3, nested(instance)],
  ]),
};

/** PredictReply per wire version: 1.2 has the `status` bool in field 2. */
export const predictReplyLayouts: Record<WireVersion, MessageLayout> = {
  "1.3": layout("PredictReply", [
    [1, nested(servableSpec)],
    [3, nested(instance)],
    [4, nested(errorMsg)],
  ]),
  "1.2": layout("PredictReply", [
    [1, nested(servableSpec)],
    [2, varint],
    [3, nested(instance)],
    [4, nested(errorMsg)],
  ]),
};
