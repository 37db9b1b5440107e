import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ResultsPanel } from "./results-panel";
import type { InferExchange, InferResult } from "../../serving/types";

afterEach(cleanup);

const sum = (value: number) => ({
  outputs: {
    y: {
      kind: "tensor" as const,
      dtype: "float32" as const,
      shape: [2, 2],
      data: new Float32Array([value, value, value, value]),
    },
  },
});

const exchangeOf = (result: InferResult): InferExchange => ({
  result,
  requestBytes: 1234,
  replyBytes: 456,
  elapsedMs: 12.34,
  requestJson: { servableSpec: { name: "add", methodName: "add_common" }, versionNumber: 0n },
  replyJson: result.ok ? { instances: [] } : null,
});

describe("ResultsPanel", () => {
  it("hints at what to do before anything was sent", () => {
    render(<ResultsPanel status="idle" instanceCount={1} />);
    expect(screen.getByRole("status")).toHaveTextContent(/press Send/);
    expect(screen.queryAllByRole("group")).toHaveLength(0);
  });

  it("shows progress and marks itself busy while a request is in flight", () => {
    render(<ResultsPanel status="running" instanceCount={3} />);
    expect(screen.getByRole("status")).toHaveTextContent("Sending 3 instances");
    expect(screen.getByRole("progressbar", { name: "Request in flight" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Results" })).toHaveAttribute("aria-busy", "true");
  });

  it("says a cancelled request was cancelled and shows no stale results", () => {
    const exchange = exchangeOf({ ok: true, instances: [sum(2)] });
    render(<ResultsPanel status="cancelled" exchange={exchange} instanceCount={1} />);
    expect(screen.getByRole("status")).toHaveTextContent("Request cancelled");
    expect(screen.queryByRole("group", { name: "Result 1" })).not.toBeInTheDocument();
  });

  it("aligns one group per instance, named Result N, each with its own sums", () => {
    const exchange = exchangeOf({ ok: true, instances: [sum(2), sum(4), sum(6)] });
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={3} />);
    [2, 4, 6].forEach((value, index) => {
      const group = screen.getByRole("group", { name: `Result ${index + 1}` });
      const cells = within(group).getAllByRole("cell");
      expect(cells.map((cell) => cell.textContent)).toEqual(Array(4).fill(String(value)));
    });
    expect(screen.getByRole("status")).toHaveTextContent("Received 3 results");
  });

  it("shows an instance's error inside that result only", () => {
    const exchange = exchangeOf({
      ok: true,
      instances: [
        sum(2),
        { error: "Given model input 1 data type kMSI_Int32 not match kMSI_Float32" },
        sum(6),
      ],
    });
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={3} />);
    const second = screen.getByRole("group", { name: "Result 2" });
    expect(second).toHaveTextContent(
      "Error: model input 1 was sent as int32, but the model expects float32.",
    );
    expect(second).toHaveTextContent("Hint: Set the data type of model input 1 to float32");
    // Serving's own text is one click away.
    expect(within(second).getByText("Serving's own message")).toBeVisible();
    expect(within(second).getByText(/kMSI_Int32 not match kMSI_Float32/)).not.toBeVisible();
    expect(within(second).queryByRole("table")).not.toBeInTheDocument();
    for (const name of ["Result 1", "Result 3"]) {
      const group = screen.getByRole("group", { name });
      expect(group).not.toHaveTextContent("Error");
      expect(within(group).getByRole("table")).toBeInTheDocument();
    }
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows latency and request and reply sizes", () => {
    const exchange = exchangeOf({ ok: true, instances: [sum(2)] });
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={1} />);
    expect(screen.getByText("Latency").nextSibling).toHaveTextContent("12.3 ms");
    expect(screen.getByText("Request").nextSibling).toHaveTextContent("1.2 kB");
    expect(screen.getByText("Reply").nextSibling).toHaveTextContent("456 B");
  });

  it("shows a whole-request error as the one alert, with no result groups", () => {
    const exchange = exchangeOf({
      ok: false,
      cause: "not-available",
      error: "Request servable(add) method(add_common2) , method is not available",
    });
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={2} />);
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(screen.getByText("Reply").nextSibling).toHaveTextContent("none");
    expect(screen.getByRole("alert")).toHaveTextContent("method is not available");
    expect(screen.queryByRole("group", { name: /Result/ })).not.toBeInTheDocument();
  });

  it("notes when the reply holds a different number of results than instances sent", () => {
    const exchange = exchangeOf({ ok: true, instances: [sum(2)] });
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={2} />);
    expect(screen.getByText("The reply holds 1 results for 2 instances.")).toBeInTheDocument();
  });

  it("opens the raw view and shows request and reply as JSON", async () => {
    const user = userEvent.setup();
    const exchange = exchangeOf({ ok: true, instances: [sum(2)] });
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={1} />);
    expect(screen.queryByLabelText("Request JSON")).not.toBeInTheDocument();
    await user.click(screen.getByText("Raw request and reply (JSON)"));
    const request = await screen.findByLabelText("Request JSON");
    expect(JSON.parse(request.textContent ?? "")).toEqual({
      servableSpec: { name: "add", methodName: "add_common" },
      versionNumber: "0",
    });
    expect(JSON.parse(screen.getByLabelText("Reply JSON").textContent ?? "")).toEqual({
      instances: [],
    });
  });
});
