import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/dtypes";
import * as v12 from "../../protocol/generated/serving-1.2/ms_service";
import { readReply } from "../../protocol/wire-layouts";
import { buildReply } from "./build-reply";
import type { WireTensor } from "../../protocol/wire-tensor";

describe("buildReply()", () => {
  const reply = {
    spec: { name: "add", methodName: "add_common", version: 3 },
    status: true,
    instances: [
      [
        [
          "y",
          {
            dtype: DataType.MS_FLOAT32,
            dims: [2],
            data: new Uint8Array(new Float32Array([1.5, -2]).buffer),
            bytesVal: [],
          },
        ],
      ] satisfies [string, WireTensor][],
    ],
    errors: [{ code: 0, message: new Uint8Array(0) }],
  };

  it("writes a reply that readReply gives back in either version", () => {
    expect(readReply("1.2", buildReply("1.2", reply))).toEqual(reply);
    expect(readReply("1.3", buildReply("1.3", reply))).toEqual({ ...reply, status: undefined });
  });

  it("writes status only into the 1.2 encoding", () => {
    expect(v12.PredictReply.deserializeBinary(buildReply("1.2", reply)).status).toBe(true);
    expect(v12.PredictReply.deserializeBinary(buildReply("1.3", reply)).status).toBe(false);
  });
});
