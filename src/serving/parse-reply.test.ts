import { describe, expect, it } from "vitest";
import * as v13 from "../../protocol/generated/serving-1.3/ms_service";
import { readReply } from "../../protocol/wire-layouts";
import { parseReply } from "./parse-reply";
import type { InferResult } from "./types";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function output(value: number): v13.Instance {
  const data = new Uint8Array(new Float32Array([value]).buffer);
  const y = new v13.Tensor({
    dtype: v13.DataType.MS_FLOAT32,
    shape: new v13.TensorShape({ dims: [1] }),
    data,
  });
  return new v13.Instance({ items: new Map([["y", y]]) });
}

const error = (code: number, text: string): v13.ErrorMsg =>
  new v13.ErrorMsg({ error_code: code, error_msg: utf8(text) });

/** Serializes a reply with the generated class and parses it back as the client does. */
function parse(
  reply: { instances?: v13.Instance[]; error_msg?: v13.ErrorMsg[] },
  sent: number,
): InferResult {
  return parseReply(readReply("1.3", new v13.PredictReply(reply).serializeBinary()), sent);
}

const y = (value: number) => ({
  outputs: { y: { kind: "scalar", dtype: "float32", shape: [1], value } },
});

describe("parseReply()", () => {
  it("returns one result per instance when all are OK", () => {
    expect(parse({ instances: [output(1), output(2)] }, 2)).toEqual({
      ok: true,
      instances: [y(1), y(2)],
    });
  });

  it("treats exactly one error_msg as a whole-request error (rule 1)", () => {
    const reply = {
      error_msg: [error(1, "Request Servable(add) method(add_common2), method is not available")],
    };
    expect(parse(reply, 3)).toEqual({
      ok: false,
      cause: "not-available",
      error: "Request Servable(add) method(add_common2), method is not available",
    });
  });

  it("applies rule 1 before rule 2 even for a single instance", () => {
    expect(
      parse(
        { instances: [output(1)], error_msg: [error(9, "Cannot find input x1 in instance input")] },
        1,
      ),
    ).toEqual({
      ok: false,
      cause: "serving-error",
      error: "Cannot find input x1 in instance input",
    });
  });

  it("mixes per-instance errors with outputs (rule 2)", () => {
    const reply = {
      instances: [output(1), new v13.Instance(), output(3)],
      error_msg: [
        error(0, ""),
        error(1, "Given model input 1 size 12 not match the size 16 defined in model"),
        error(0, ""),
      ],
    };
    expect(parse(reply, 3)).toEqual({
      ok: true,
      instances: [
        y(1),
        { error: "Given model input 1 size 12 not match the size 16 defined in model" },
        y(3),
      ],
    });
  });

  it("accepts failed instances that come without an Instance entry", () => {
    const reply = { instances: [output(1)], error_msg: [error(0, ""), error(2, "bad")] };
    expect(parse(reply, 2)).toEqual({ ok: true, instances: [y(1), { error: "bad" }] });
  });

  it("names the code of an error that has no text", () => {
    expect(parse({ error_msg: [error(3, "")] }, 2)).toEqual({
      ok: false,
      cause: "serving-error",
      error: "Serving error code 3 without a message",
    });
  });

  it("reports an error_msg count that is neither 0, 1 nor the instance count as a protocol error", () => {
    const reply = {
      instances: [output(1), output(2), output(3)],
      error_msg: [error(0, ""), error(1, "x")],
    };
    expect(parse(reply, 3)).toEqual({
      ok: false,
      cause: "protocol-error",
      error:
        "Protocol error: the reply has 2 error_msg entries; expected 0, 1 or one per instance (3)",
    });
  });

  it("reports missing or extra instances as a protocol error", () => {
    expect(parse({ instances: [output(1)] }, 2)).toEqual({
      ok: false,
      cause: "protocol-error",
      error: "Protocol error: the reply has 1 instances for 2 sent",
    });
    expect(parse({ instances: [output(1), output(2)] }, 1)).toMatchObject({
      ok: false,
      cause: "protocol-error",
    });
  });

  it("keeps a malformed output tensor as an invalid value beside good ones (rule 3)", () => {
    const bad = new v13.Tensor({
      dtype: v13.DataType.MS_FLOAT32,
      shape: new v13.TensorShape({ dims: [2, 2] }),
      data: new Uint8Array(12),
    });
    const instance = output(5);
    instance.items.set("z", bad);
    expect(parse({ instances: [instance] }, 1)).toEqual({
      ok: true,
      instances: [
        {
          outputs: {
            ...y(5).outputs,
            z: {
              kind: "invalid",
              dtype: "MS_FLOAT32",
              shape: [2, 2],
              error: "data has 12 bytes but shape [2, 2] of float32 needs 16",
            },
          },
        },
      ],
    });
  });
});
