import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { initialConnection } from "../../draft/connection-draft";
import { useConnectionStore } from "../../state/connection-store";
import { initialGatewayCheck, useGatewayCheckStore } from "../../state/gateway-check-store";
import { ConnectionForm } from "./connection-form";

const SAVED = "http://127.0.0.1:9100";
const LINKED = "http://evil.test:8080";

// The lazily loaded part's chunk can take a while on a busy machine.
const CHUNK = { timeout: 30_000 };

// The banner is loaded on demand; fetching its module first keeps each wait short.
beforeAll(async () => {
  await import("./gateway-check-banner");
});

beforeEach(() => {
  useConnectionStore.setState({ ...initialConnection(), gatewayUrl: LINKED });
  useGatewayCheckStore.setState({ linked: LINKED, saved: SAVED });
});

describe("GatewayCheckBanner in ConnectionForm", { timeout: 60_000 }, () => {
  it("names both gateways and keeps the link's gateway on Use this gateway", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    // The banner is loaded on demand.
    const banner = await screen.findByRole("status", { name: /Check the gateway/ }, CHUNK);
    expect(banner).toHaveTextContent(
      `This page was opened with the gateway ${LINKED} instead of your saved gateway ${SAVED}.`,
    );
    await user.click(screen.getByRole("button", { name: "Use this gateway" }));
    expect(screen.queryByRole("status", { name: /Check the gateway/ })).toBeNull();
    expect(screen.getByRole("textbox", { name: "Gateway URL" })).toHaveValue(LINKED);
  });

  it("goes back to the saved gateway", async () => {
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.click(
      await screen.findByRole("button", { name: "Go back to the saved gateway" }, CHUNK),
    );
    expect(screen.queryByRole("status", { name: /Check the gateway/ })).toBeNull();
    expect(screen.getByRole("textbox", { name: "Gateway URL" })).toHaveValue(SAVED);
  });

  it("is not shown without a link to check", () => {
    useGatewayCheckStore.setState(initialGatewayCheck());
    render(<ConnectionForm />);
    expect(screen.queryByRole("status", { name: /Check the gateway/ })).toBeNull();
  });
});

describe("MetadataEditor remember box", () => {
  it("is unticked for a new header and marks it remembered when ticked", async () => {
    useGatewayCheckStore.setState(initialGatewayCheck());
    const user = userEvent.setup();
    render(<ConnectionForm />);
    await user.click(screen.getByRole("button", { name: "Add header" }));
    const remember = screen.getByRole("checkbox", { name: "Remember on this device" });
    expect(remember).not.toBeChecked();
    await user.click(remember);
    expect(useConnectionStore.getState().metadata[0]?.remember).toBe(true);
    expect(remember).toHaveAccessibleDescription(/plain text/);
  });
});
