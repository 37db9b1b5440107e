/**
 * A page opened with `?gateway=` naming another gateway than the saved one: until the user chooses,
 * the link's gateway is used without the saved metadata headers, so a crafted link cannot collect
 * the user's token. A gateway typed by the user needs no check.
 */
import { create } from "zustand";
import { useConnectionStore } from "./connection-store";

/** The link's gateway waiting for the user's choice, and the saved gateway it replaced. */
export interface GatewayCheckState {
  /** The gateway the page's `?gateway=` named, while it waits for the user's choice. */
  linked?: string;
  /** The saved gateway it replaced. */
  saved?: string;
}

interface GatewayCheckActions {
  /** Keeps the link's gateway and sends metadata to it from now on. */
  keepLinked(): void;
  /** Goes back to the saved gateway. */
  returnToSaved(): void;
}

/** Returns the state of a fresh page: no link to check (every field set, for resets). */
export function initialGatewayCheck(): GatewayCheckState {
  return { linked: undefined, saved: undefined };
}

/** Returns the URL as compared: trimmed, without trailing slashes. */
export function normalizeGatewayUrl(url: string): string {
  return url.trim().replace(/\/+$/, "");
}

/** The gateway-check store; empty when there is nothing to check. */
export const useGatewayCheckStore = create<GatewayCheckState & GatewayCheckActions>()(
  (set, get) => ({
    ...initialGatewayCheck(),
    keepLinked: () => set(initialGatewayCheck()),
    returnToSaved: () => {
      const { saved } = get();
      if (saved !== undefined) {
        useConnectionStore.getState().update({ gatewayUrl: saved });
      }
      set(initialGatewayCheck());
    },
  }),
);

/**
 * Returns the check to show for a page whose link named `linked` over the saved `saved` gateway:
 * both when they differ, else nothing to check.
 */
export function compareGateways(
  linked: string | undefined,
  saved: string | undefined,
): GatewayCheckState {
  if (linked === undefined || saved === undefined) {
    return { linked: undefined, saved: undefined };
  }
  return normalizeGatewayUrl(linked) === normalizeGatewayUrl(saved)
    ? { linked: undefined, saved: undefined }
    : { linked, saved };
}

/** Returns whether saved metadata is held back: the current gateway is still the unconfirmed one from the link. */
export function isMetadataWithheld(check: GatewayCheckState, gatewayUrl: string): boolean {
  return (
    check.linked !== undefined &&
    normalizeGatewayUrl(gatewayUrl) === normalizeGatewayUrl(check.linked)
  );
}
