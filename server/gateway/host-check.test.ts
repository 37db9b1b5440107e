import { describe, expect, it } from "vitest";
import { buildAllowedHosts, isHostAllowed } from "./host-check";

describe("isHostAllowed()", () => {
  const loopback = buildAllowedHosts("127.0.0.1", ["*", "console.lan", "gpu-box:8080"]);

  it.each([
    "localhost",
    "localhost:4173",
    "127.0.0.1:1",
    "[::1]:8080",
    "console.lan:9",
    "gpu-box:8080",
  ])("accepts %s", (host) => {
    expect(isHostAllowed(host, loopback)).toBe(true);
  });

  it.each([undefined, "", "evil.example", "localhost.evil.example", "gpu-box:8081", "[::2]:80"])(
    "refuses %s (a listed * does not switch the check off)",
    (host) => {
      expect(isHostAllowed(host, loopback)).toBe(false);
    },
  );

  it("accepts the listen address itself, IPv6 in brackets", () => {
    expect(isHostAllowed("10.1.2.3:8080", buildAllowedHosts("10.1.2.3", []))).toBe(true);
    expect(isHostAllowed("[fd00::1]:8080", buildAllowedHosts("fd00::1", []))).toBe(true);
  });
});
