import { describe, expect, it } from "vitest";
import { formatHostPort, parseHostPort } from "./host-port";

describe("parseHostPort()", () => {
  it("reads host:port, [v6]:port and :port", () => {
    expect(parseHostPort("10.1.2.3:5500")).toEqual({ host: "10.1.2.3", port: 5500 });
    expect(parseHostPort("[::1]:8080")).toEqual({ host: "::1", port: 8080 });
    expect(parseHostPort(":0")).toEqual({ host: "127.0.0.1", port: 0 });
  });

  it.each(["localhost", "host:", "host:99999", "host:http"])("rejects %s", (value) => {
    expect(() => parseHostPort(value)).toThrow(/expected host:port/);
  });
});

describe("formatHostPort()", () => {
  it("brackets IPv6 hosts", () => {
    expect(formatHostPort({ host: "::1", port: 80 })).toBe("[::1]:80");
    expect(formatHostPort({ host: "serving.local", port: 5500 })).toBe("serving.local:5500");
  });
});
