import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RequestErrorAlert } from "./request-error-alert";

afterEach(cleanup);

describe("RequestErrorAlert", () => {
  it("says the gateway is unreachable, with the gRPC status, and what to check", () => {
    render(
      <RequestErrorAlert
        failure={{
          ok: false,
          cause: "unreachable",
          error: "UNAVAILABLE (14): Response closed without headers",
          grpcStatus: 14,
          grpcStatusName: "UNAVAILABLE",
        }}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(
      "Request failed: UNAVAILABLE (14): Response closed without headers",
    );
    expect(alert).toHaveTextContent(/Hint: The gateway is unreachable.*Envoy.*Gateway URL/);
    // The status is already in the error text, so it is not repeated.
    expect(alert).not.toHaveTextContent("gRPC status");
  });

  it("adds the gRPC status when the error text does not name it", () => {
    render(
      <RequestErrorAlert
        failure={{
          ok: false,
          cause: "too-large",
          error: "Received message larger than max",
          grpcStatus: 8,
          grpcStatusName: "RESOURCE_EXHAUSTED",
        }}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("gRPC status RESOURCE_EXHAUSTED (8)");
    expect(alert).toHaveTextContent(/Hint: The message is larger than a size limit/);
  });

  it("points at CORS expose headers when grpc-status could not be read", () => {
    render(
      <RequestErrorAlert
        failure={{
          ok: false,
          cause: "not-grpc-web",
          error: "UNKNOWN (2): Response closed without grpc-status (Headers only)",
          grpcStatus: 2,
          grpcStatusName: "UNKNOWN",
        }}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(/CORS settings expose the grpc-status/);
  });

  it("points at the servable and method for Serving's not-available error", () => {
    render(
      <RequestErrorAlert
        failure={{
          ok: false,
          cause: "not-available",
          error: "Request Servable(add2) method(add_common), servable is not available",
        }}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("servable is not available");
    expect(alert).toHaveTextContent(
      /Hint: Serving does not offer this servable, method or version/,
    );
  });

  it("shows the error without a hint when no common cause fits", () => {
    render(
      <RequestErrorAlert
        failure={{
          ok: false,
          cause: "serving-error",
          error: "Cannot find input x1 in instance input",
        }}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Request failed: Cannot find input x1 in instance input",
    );
    expect(screen.getByRole("alert")).not.toHaveTextContent("Hint");
  });
});
