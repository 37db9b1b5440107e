import { describe, expect, it } from "vitest";
import { parseServingFlags } from "../parse-flags";
import { readTlsFlags } from "./read-tls-flags";

describe("readTlsFlags()", () => {
  it("is undefined without TLS flags", () => {
    expect(readTlsFlags({})).toBeUndefined();
  });

  it("reads server TLS and mutual TLS", () => {
    expect(readTlsFlags({ "tls-cert": "s.crt", "tls-key": "s.key" })).toEqual({
      certFile: "s.crt",
      keyFile: "s.key",
      caFile: undefined,
      verifyClient: false,
    });
    expect(
      parseServingFlags([
        "--tls-cert",
        "s.crt",
        "--tls-key",
        "s.key",
        "--tls-ca",
        "ca.crt",
        "--verify-client",
        "--rest-port",
        "1500",
      ]),
    ).toMatchObject({
      restPort: 1500,
      tls: { certFile: "s.crt", keyFile: "s.key", caFile: "ca.crt", verifyClient: true },
    });
  });

  it.each([
    [{ "tls-cert": "s.crt" }, "--tls-cert and --tls-key go together"],
    [{ "tls-key": "s.key" }, "--tls-cert and --tls-key go together"],
    [{ "tls-ca": "ca.crt" }, "--tls-ca and --verify-client need --tls-cert and --tls-key"],
    [
      { "tls-cert": "s.crt", "tls-key": "s.key", "verify-client": true },
      "--verify-client needs --tls-ca",
    ],
  ])("refuses %j", (values, text) => {
    expect(() => readTlsFlags(values)).toThrow(text);
  });
});
