import { describe, expect, it } from "vitest";
import { chooseErrorHint } from "./choose-error-hint";

describe("chooseErrorHint()", () => {
  it("points at the servable and method names when Serving says they are not available", () => {
    expect(chooseErrorHint("not-available")).toMatch(/servable, method or version/);
  });

  it("tells an unreachable gateway from a gateway that cannot reach Serving", () => {
    expect(chooseErrorHint("unreachable")).toMatch(/^The gateway is unreachable/);
    expect(chooseErrorHint("upstream-unreachable")).toMatch(/cannot reach Serving/);
  });

  it("names the CORS expose-headers setting when the answer was not gRPC-Web", () => {
    expect(chooseErrorHint("not-grpc-web")).toMatch(/expose the grpc-status/);
  });

  it("advises on size limits, a full queue and an expired deadline", () => {
    expect(chooseErrorHint("too-large")).toMatch(/size limit/);
    expect(chooseErrorHint("busy")).toMatch(/queue is full/);
    expect(chooseErrorHint("deadline")).toMatch(/request timeout/);
  });

  it("gives no hint for failures it has no advice on", () => {
    expect(
      (["serving-error", "grpc-error", "protocol-error", "cancelled", "unexpected"] as const).map(
        (cause) => chooseErrorHint(cause),
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("names the likely wire when Serving read no instances from a request that had some", () => {
    expect(chooseErrorHint("wire-mismatch", "1.2")).toMatch(
      /it likely speaks the Serving 1\.1–1\.2 wire.*Pick Serving 1\.1–1\.2 or Auto/,
    );
    expect(chooseErrorHint("wire-mismatch", "1.3")).toMatch(/Pick Serving ≥ 1\.3 or Auto/);
  });

  it("points a REST call that got an HTTP error at the gateway's /model/ route", () => {
    expect(chooseErrorHint("http-error")).toMatch(/routes \/model\/ to Serving's REST port/);
  });
});
