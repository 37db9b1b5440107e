import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initialConnection } from "../draft/connection-draft";
import { startGrpcWebTestServer } from "../serving/testing/grpc-web-test-server";
import { useConnectionStore } from "./connection-store";
import { DRAFT_KEY, loadSavedDraft, saveDraft } from "./draft-persistence";
import { compareGateways, isMetadataWithheld, useGatewayCheckStore } from "./gateway-check-store";
import { useRunsStore } from "./runs-store";
import type { GrpcWebTestServer } from "../serving/testing/grpc-web-test-server";

const SAVED = "http://127.0.0.1:9100";
let servers: GrpcWebTestServer[] = [];

beforeEach(() => {
  localStorage.clear();
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** Saves a draft with a remembered authorization header for `gateway`, then starts a fresh page. */
function saveTokenFor(gateway: string): void {
  const store = useConnectionStore.getState();
  store.update({ gatewayUrl: gateway });
  store.addMetadata();
  const id = useConnectionStore.getState().metadata[0]?.id ?? "";
  store.updateMetadata(id, { key: "authorization", value: "Bearer saved", remember: true });
  // A draft without large values is written before saveDraft returns.
  void saveDraft();
  useConnectionStore.setState(initialConnection());
}

async function recordingGateway(): Promise<GrpcWebTestServer> {
  const server = await startGrpcWebTestServer(() => ({ status: 5, message: "not found" }));
  servers.push(server);
  return server;
}

describe("compareGateways()", () => {
  it("checks only a link that names another gateway than a saved one", () => {
    expect(compareGateways("http://evil.test:8080", SAVED)).toEqual({
      linked: "http://evil.test:8080",
      saved: SAVED,
    });
    expect(compareGateways(`${SAVED}/`, ` ${SAVED}`)).toEqual({
      linked: undefined,
      saved: undefined,
    });
    expect(compareGateways("http://evil.test:8080", undefined).linked).toBeUndefined();
    expect(compareGateways(undefined, SAVED).linked).toBeUndefined();
  });
});

describe("loadSavedDraft() with ?gateway=", () => {
  it("opens a first visit's link without a check", async () => {
    expect(await loadSavedDraft("?gateway=http://localhost:8080")).toBe(false);
    expect(useGatewayCheckStore.getState().linked).toBeUndefined();
    expect(useConnectionStore.getState().gatewayUrl).toBe("http://localhost:8080");
  });

  it("opens a link to the saved gateway without a check", async () => {
    saveTokenFor(SAVED);
    await loadSavedDraft(`?gateway=${encodeURIComponent(`${SAVED}/`)}`);
    expect(useGatewayCheckStore.getState().linked).toBeUndefined();
    expect(useConnectionStore.getState().metadata).toMatchObject([{ value: "Bearer saved" }]);
  });

  it("holds saved metadata back from another gateway until the user keeps it", async () => {
    saveTokenFor(SAVED);
    const linked = await recordingGateway();
    await loadSavedDraft(`?gateway=${encodeURIComponent(linked.url)}`);
    expect(useGatewayCheckStore.getState()).toMatchObject({ linked: linked.url, saved: SAVED });
    expect(useConnectionStore.getState().gatewayUrl).toBe(linked.url);

    await useRunsStore.getState().send();
    expect(linked.calls).toHaveLength(1);
    expect(linked.calls[0]?.headers.authorization).toBeUndefined();

    useGatewayCheckStore.getState().keepLinked();
    expect(isMetadataWithheld(useGatewayCheckStore.getState(), linked.url)).toBe(false);
    await useRunsStore.getState().send();
    expect(linked.calls[1]?.headers.authorization).toBe("Bearer saved");
  });

  it("keeps the saved gateway in storage while the link's is unconfirmed, and goes back to it", async () => {
    saveTokenFor(SAVED);
    await loadSavedDraft("?gateway=http://evil.test:8080");
    useConnectionStore.getState().update({ servable: "resnet50" });
    await saveDraft();
    const stored = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}");
    expect(stored.connection).toMatchObject({ gatewayUrl: SAVED, servable: "resnet50" });

    useGatewayCheckStore.getState().returnToSaved();
    expect(useConnectionStore.getState().gatewayUrl).toBe(SAVED);
    expect(useGatewayCheckStore.getState().linked).toBeUndefined();
  });

  it("saves the link's gateway once the user keeps it", async () => {
    saveTokenFor(SAVED);
    await loadSavedDraft("?gateway=http://other.test:8080");
    useGatewayCheckStore.getState().keepLinked();
    await saveDraft();
    const stored = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}");
    expect(stored.connection.gatewayUrl).toBe("http://other.test:8080");
  });

  it("sends to a gateway the user typed, which needs no check", async () => {
    saveTokenFor(SAVED);
    await loadSavedDraft("?gateway=http://evil.test:8080");
    const typed = await recordingGateway();
    useConnectionStore.getState().update({ gatewayUrl: typed.url });
    await useRunsStore.getState().send();
    expect(typed.calls[0]?.headers.authorization).toBe("Bearer saved");
  });
});
