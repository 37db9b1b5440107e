import { describe, expect, it } from "vitest";
import { gatewayKey, useServingAddressesStore } from "./serving-addresses-store";

describe("useServingAddressesStore", () => {
  it("keeps what was typed per gateway, trailing slashes ignored, in localStorage", () => {
    useServingAddressesStore
      .getState()
      .setAddresses("http://a:8080/", { grpc: "a:5500", rest: "not an address" });
    expect(useServingAddressesStore.getState().byGateway[gatewayKey(" http://a:8080")]).toEqual({
      grpc: "a:5500",
      rest: "not an address",
    });
    expect(JSON.parse(localStorage.getItem("serving-console.serving-addresses") ?? "{}")).toEqual({
      state: { byGateway: { "http://a:8080": { grpc: "a:5500", rest: "not an address" } } },
      version: 0,
    });
  });

  it("drops stored entries that are not two strings when it reads localStorage", async () => {
    localStorage.setItem(
      "serving-console.serving-addresses",
      JSON.stringify({
        state: { byGateway: { good: { grpc: "g:1", rest: "r:2" }, bad: { grpc: 5 }, worse: null } },
        version: 0,
      }),
    );
    await useServingAddressesStore.persist.rehydrate();
    expect(useServingAddressesStore.getState().byGateway).toEqual({
      good: { grpc: "g:1", rest: "r:2" },
    });
  });
});
