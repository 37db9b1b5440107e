import { describe, expect, it } from "vitest";
import { formatGrpcTimeout, parseGrpcTimeout } from "./grpc-timeout";

describe("parseGrpcTimeout()", () => {
  it.each([
    ["1H", 3_600_000],
    ["2M", 120_000],
    ["5S", 5000],
    ["250m", 250],
    ["1500u", 1.5],
    ["2000000n", 2],
  ])("%s → %s ms", (value, ms) => {
    expect(parseGrpcTimeout(value)).toBe(ms);
  });

  it.each([undefined, "", "5", "5s", "123456789S", "-1S", "1.5S"])("ignores %s", (value) => {
    expect(parseGrpcTimeout(value)).toBeUndefined();
  });
});

describe("formatGrpcTimeout()", () => {
  it("writes whole milliseconds, rounding up, and switches to seconds beyond 8 digits", () => {
    expect(formatGrpcTimeout(1.2)).toBe("2m");
    expect(formatGrpcTimeout(120_000)).toBe("120000m");
    expect(formatGrpcTimeout(200_000_000)).toBe("200000S");
  });
});
