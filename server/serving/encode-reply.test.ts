import { describe, expect, it } from "vitest";
import * as wire12 from "../../protocol/generated/serving-1.2/ms_service";
import * as wire13 from "../../protocol/generated/serving-1.3/ms_service";
import { encodeReply } from "./encode-reply";
import { filledFloat32 } from "./testing/tensor-fixtures";

const spec = { servable: "add", method: "add_common", version: 0 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("encodeReply()", () => {
  it("writes a whole-request error as exactly one error_msg and no instances", () => {
    const reply = wire13.PredictReply.deserializeBinary(
      encodeReply({ error: "boom" }, spec, "1.3"),
    );
    expect(reply.instances).toHaveLength(0);
    expect(reply.error_msg.map((e) => [e.error_code !== 0, text(e.error_msg)])).toEqual([
      [true, "boom"],
    ]);
    expect(reply.servable_spec.name).toBe("add");
    expect(reply.servable_spec.method_name).toBe("add_common");
  });

  it("writes no error_msg when every instance succeeded", () => {
    const outputs = new Map([["y", filledFloat32([2, 2], 4)]]);
    const reply = wire13.PredictReply.deserializeBinary(
      encodeReply({ instances: [{ outputs }, { outputs }] }, spec, "1.3"),
    );
    expect(reply.error_msg).toHaveLength(0);
    expect(reply.instances).toHaveLength(2);
    const y = reply.instances[1]!.items.get("y")!;
    expect(y.shape.dims).toEqual([2, 2]);
    expect(y.dtype).toBe(wire13.DataType.MS_FLOAT32);
    expect([...new Float32Array(y.data.slice().buffer)]).toEqual([4, 4, 4, 4]);
  });

  it("writes one error_msg per instance when some failed, code 0 for the good ones", () => {
    const outputs = new Map([["y", filledFloat32([2, 2], 2)]]);
    const reply = wire13.PredictReply.deserializeBinary(
      encodeReply({ instances: [{ outputs }, { error: "bad x1" }, { outputs }] }, spec, "1.3"),
    );
    expect(reply.instances).toHaveLength(3);
    expect(reply.instances[1]!.items.size).toBe(0);
    expect(reply.error_msg.map((e) => [e.error_code, text(e.error_msg)])).toEqual([
      [0, ""],
      [1, "bad x1"],
      [0, ""],
    ]);
  });

  it("adds status for a 1.2 request: true with results, false for a whole-request error", () => {
    const outputs = new Map([["y", filledFloat32([2, 2], 2)]]);
    const ok = wire12.PredictReply.deserializeBinary(
      encodeReply({ instances: [{ outputs }] }, spec, "1.2"),
    );
    expect(ok.status).toBe(true);
    expect(ok.instances[0]!.items.get("y")!.shape.dims).toEqual([2, 2]);
    const failed = wire12.PredictReply.deserializeBinary(encodeReply({ error: "no" }, spec, "1.2"));
    expect(failed.status).toBe(false);
    expect(text(failed.error_msg[0]!.error_msg)).toBe("no");
  });
});
