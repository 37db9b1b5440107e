import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { useConnectionStore } from "../../state/connection-store";
import { useGatewayCheckStore } from "../../state/gateway-check-store";
import { useRunsStore } from "../../state/runs-store";
import { ConnectionPanel } from "./connection-panel";
import type { InferExchange, InferResult } from "../../serving/types";

// The lazily loaded part's chunk can take a while on a busy machine.
const CHUNK = { timeout: 30_000 };

// The banner is loaded on demand; fetching its module first keeps each wait short.
beforeAll(async () => {
  await import("./gateway-check-banner");
});

function exchangeOf(result: InferResult): InferExchange {
  return {
    result,
    requestBytes: 10,
    replyBytes: 10,
    elapsedMs: 5,
    requestJson: null,
    replyJson: null,
  };
}

const replied = () => exchangeOf({ ok: true, instances: [] });

describe("ConnectionPanel", { timeout: 60_000 }, () => {
  it("shows the whole form until the connection is set", () => {
    render(<ConnectionPanel />);
    expect(screen.getByRole("region", { name: "Connection" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Gateway URL" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Edit connection" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Hide connection settings" })).toBeNull();
  });

  it("folds into one line after a reply, opens on Edit connection and folds again on the next reply", async () => {
    const user = userEvent.setup();
    useConnectionStore.getState().update({ gatewayUrl: "http://serving.test:8080/", version: "2" });
    render(<ConnectionPanel />);
    act(() => useRunsStore.setState({ status: "done", exchange: replied() }));

    const region = screen.getByRole("region", { name: "Connection" });
    expect(screen.queryByRole("textbox", { name: "Gateway URL" })).toBeNull();
    expect(region).toHaveTextContent(
      "serving.test:8080 · add · add_common · version 2 · gRPC-Web, Auto",
    );

    await user.click(screen.getByRole("button", { name: "Edit connection" }));
    expect(screen.getByRole("combobox", { name: "Preset" })).toHaveFocus();
    await user.selectOptions(screen.getByRole("combobox", { name: "Transport" }), "REST");

    act(() => useRunsStore.setState({ exchange: replied() }));
    expect(region).toHaveTextContent("serving.test:8080 · add · add_common · version 2 · REST");
  });

  it("folds on demand once set, putting focus on Edit connection", async () => {
    const user = userEvent.setup();
    useRunsStore.setState({ status: "done", exchange: replied() });
    render(<ConnectionPanel />);
    await user.click(screen.getByRole("button", { name: "Edit connection" }));
    await user.click(screen.getByRole("button", { name: "Hide connection settings" }));
    expect(screen.getByRole("button", { name: "Edit connection" })).toHaveFocus();
  });

  it("stays open after a whole-request failure, which the user must fix", () => {
    useRunsStore.setState({
      status: "done",
      exchange: exchangeOf({ ok: false, cause: "unreachable", error: "no gateway" }),
    });
    render(<ConnectionPanel />);
    expect(screen.getByRole("textbox", { name: "Gateway URL" })).toBeInTheDocument();
  });

  it("folds when the user keeps the gateway a page link named", async () => {
    const user = userEvent.setup();
    const linked = "http://linked.test:8080";
    useConnectionStore.getState().update({ gatewayUrl: linked });
    useGatewayCheckStore.setState({ linked, saved: "http://saved.test:8080" });
    render(<ConnectionPanel />);
    await user.click(await screen.findByRole("button", { name: "Use this gateway" }, CHUNK));
    expect(screen.getByRole("button", { name: "Edit connection" })).toHaveFocus();
    expect(screen.getByRole("region", { name: "Connection" })).toHaveTextContent(
      "linked.test:8080 · add",
    );
  });
});
