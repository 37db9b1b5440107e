import { describe, expect, it } from "vitest";
import { buildAppUrl, listExtraOrigins, parseStartArgs } from "./start-args";

describe("parseStartArgs()", () => {
  it("defaults to the production build on 4173, gateway 8080, Serving 5500 and its REST API 1500", () => {
    expect(parseStartArgs([])).toEqual({
      dev: false,
      servingPort: 5500,
      restPort: 1500,
      gatewayPort: 8080,
      webPort: 4173,
      resnet50Model: undefined,
      wire: undefined,
      noEnvoy: false,
    });
  });

  it("uses 5173 for the dev server and passes model and wire through", () => {
    expect(
      parseStartArgs([
        "--dev",
        "--resnet50-model",
        "m.onnx",
        "--wire",
        "1.2",
        "--gateway-port",
        "9000",
        "--rest-port",
        "0",
      ]),
    ).toMatchObject({
      restPort: 0,
      dev: true,
      webPort: 5173,
      resnet50Model: "m.onnx",
      wire: "1.2",
      gatewayPort: 9000,
    });
  });

  it.each([
    [["--web-port", "http"], /--web-port must be a port number from 0 to 65535, got "http"/],
    [["--serving-port", "70000"], /--serving-port must be a port number/],
    [["--rest-port", "70000"], /--rest-port must be a port number/],
    [["--wire", "1.4"], /--wire must be any, 1.3 or 1.2, got "1.4"/],
    [["--port", "1"], /Unknown option/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseStartArgs(argv)).toThrow(message);
  });
});

describe("buildAppUrl()", () => {
  it("names the gateway only when it is not on the app's default port", () => {
    expect(buildAppUrl(4173, 8080)).toBe("http://localhost:4173/");
    expect(buildAppUrl(4173, 9000)).toBe(
      "http://localhost:4173/?gateway=http%3A%2F%2Flocalhost%3A9000",
    );
  });
});

describe("listExtraOrigins()", () => {
  it("adds the app's origins only for ports envoy.yaml does not list", () => {
    expect(listExtraOrigins(4173)).toEqual([]);
    expect(listExtraOrigins(5173)).toEqual([]);
    expect(listExtraOrigins(3000)).toEqual(["http://localhost:3000", "http://127.0.0.1:3000"]);
  });
});
