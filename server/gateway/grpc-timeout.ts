/** The `grpc-timeout` request header: up to 8 digits and a unit (gRPC over HTTP/2, "Requests"). */

const UNIT_MS: Record<string, number> = {
  H: 3_600_000,
  M: 60_000,
  S: 1000,
  m: 1,
  u: 0.001,
  n: 0.000_001,
};

/** Returns the timeout in milliseconds, or undefined when the header is absent or malformed. */
export function parseGrpcTimeout(value: string | undefined): number | undefined {
  const match = /^(\d{1,8})([HMSmun])$/.exec(value?.trim() ?? "");
  const unit = match?.[2];
  return match && unit ? Number(match[1]) * (UNIT_MS[unit] ?? Number.NaN) : undefined;
}

/** Returns a `grpc-timeout` header value for `ms` milliseconds (whole milliseconds, rounded up). */
export function formatGrpcTimeout(ms: number): string {
  const whole = Math.max(0, Math.ceil(ms));
  return whole < 100_000_000 ? `${whole}m` : `${Math.ceil(whole / 1000)}S`;
}
