import { describe, expect, it } from "vitest";
import { checkAddress, defaultAddress } from "./check-address";

describe("checkAddress()", () => {
  it("accepts host names, IPv4 and bracketed IPv6 with a port", () => {
    expect(checkAddress("localhost:5500")).toBeUndefined();
    expect(checkAddress(" 10.0.0.7:1500 ")).toBeUndefined();
    expect(checkAddress("[::1]:5500")).toBeUndefined();
    expect(checkAddress("serving.example-1.com:65535")).toBeUndefined();
  });

  it("names what is wrong", () => {
    expect(checkAddress("localhost")).toBe("form");
    expect(checkAddress(":5500")).toBe("form");
    expect(checkAddress("http://x:5500")).toBe("host");
    expect(checkAddress("a b:5500")).toBe("host");
    expect(checkAddress("host:0")).toBe("port");
    expect(checkAddress("host:65536")).toBe("port");
    expect(checkAddress("host:55a")).toBe("port");
  });
});

describe("defaultAddress()", () => {
  it("keeps the gateway's host and takes the given port", () => {
    expect(defaultAddress("http://10.1.2.3:8080/", 5500)).toBe("10.1.2.3:5500");
    expect(defaultAddress("https://[::1]:8443", 1500)).toBe("[::1]:1500");
    expect(defaultAddress("not a url", 5500)).toBe("localhost:5500");
  });
});
