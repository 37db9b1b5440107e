import { describe, expect, it } from "vitest";
import { parseServingFlags } from "./parse-flags";

describe("parseServingFlags()", () => {
  it("leaves every option unset without flags", () => {
    expect(parseServingFlags([])).toMatchObject({
      host: undefined,
      port: undefined,
      wire: "any",
      maxBatch: undefined,
    });
  });

  it("reads every flag", () => {
    expect(
      parseServingFlags([
        "--host=0.0.0.0",
        "--port",
        "5501",
        "--wire",
        "1.2",
        "--max-batch",
        "8",
        "--max-enqueued",
        "100",
        "--max-message-mb",
        "4",
        "--servables",
        "/srv",
        "--resnet50-model",
        "m.onnx",
      ]),
    ).toEqual({
      host: "0.0.0.0",
      port: 5501,
      wire: "1.2",
      maxBatch: 8,
      maxEnqueued: 100,
      maxMessageMb: 4,
      servablesDir: "/srv",
      resnet50Model: "m.onnx",
      quiet: undefined,
    });
  });

  it("rejects bad values and unknown flags", () => {
    expect(() => parseServingFlags(["--wire", "1.4"])).toThrow(
      '--wire must be any, 1.3 or 1.2, got "1.4"',
    );
    expect(() => parseServingFlags(["--max-batch", "0"])).toThrow(
      '--max-batch must be an integer >= 1, got "0"',
    );
    expect(() => parseServingFlags(["--port", "x"])).toThrow(
      '--port must be a port number from 0 to 65535, got "x"',
    );
    expect(() => parseServingFlags(["--port", "70000"])).toThrow("--port must be a port number");
    expect(() => parseServingFlags(["--batch"])).toThrow();
  });

  it("takes --max-message-mb from 1 to 512, as Serving's max_msg_mb_size", () => {
    expect(parseServingFlags(["--max-message-mb", "512"]).maxMessageMb).toBe(512);
    expect(parseServingFlags(["--max-message-mb", "1"]).maxMessageMb).toBe(1);
    expect(() => parseServingFlags(["--max-message-mb", "513"])).toThrow(
      '--max-message-mb must be an integer from 1 to 512, got "513"',
    );
    expect(() => parseServingFlags(["--max-message-mb", "0"])).toThrow(
      '--max-message-mb must be an integer >= 1, got "0"',
    );
  });
});
