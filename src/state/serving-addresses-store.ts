/**
 * Serving's own gRPC and REST addresses per gateway, as typed in "Copy as code" (snippets talk to
 * Serving directly), kept in localStorage.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { localJsonStorage } from "./late-local-storage";

/** The two addresses of one gateway, as typed (possibly invalid: nothing typed is lost). */
export interface ServingAddressTexts {
  grpc: string;
  rest: string;
}

interface ServingAddressesState {
  /** Typed addresses by gateway URL (trailing slashes and spaces ignored). */
  byGateway: Record<string, ServingAddressTexts>;
  /** Records what was typed for a gateway. */
  setAddresses(gatewayUrl: string, addresses: ServingAddressTexts): void;
}

/** Returns what a fresh page knows: no addresses typed. */
export function initialServingAddresses(): Pick<ServingAddressesState, "byGateway"> {
  return { byGateway: {} };
}

/** Returns the key of a gateway, ignoring surrounding spaces and trailing slashes. */
export function gatewayKey(gatewayUrl: string): string {
  return gatewayUrl.trim().replace(/\/+$/, "");
}

/** The Serving addresses store (persisted). */
export const useServingAddressesStore = create<ServingAddressesState>()(
  persist(
    (set) => ({
      ...initialServingAddresses(),
      setAddresses: (gatewayUrl, addresses) =>
        set((s) => ({ byGateway: { ...s.byGateway, [gatewayKey(gatewayUrl)]: addresses } })),
    }),
    {
      name: "serving-console.serving-addresses",
      storage: localJsonStorage(),
      partialize: (s) => ({ byGateway: s.byGateway }),
      // Stored text is shown in fields only; anything but pairs of strings is dropped.
      merge: (stored, current) => ({ ...current, byGateway: validAddresses(stored) }),
    },
  ),
);

function validAddresses(stored: unknown): Record<string, ServingAddressTexts> {
  const byGateway = (stored as { byGateway?: unknown } | undefined)?.byGateway;
  if (typeof byGateway !== "object" || byGateway === null) {
    return {};
  }
  return Object.fromEntries(
    Object.entries(byGateway).filter(
      (entry): entry is [string, ServingAddressTexts] =>
        typeof entry[1] === "object" &&
        entry[1] !== null &&
        typeof (entry[1] as ServingAddressTexts).grpc === "string" &&
        typeof (entry[1] as ServingAddressTexts).rest === "string",
    ),
  );
}
