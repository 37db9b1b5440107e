/** Learned contracts in IndexedDB, one per gateway, servable, version and method. */
import { createStore, get, set, type UseStore } from "idb-keyval";
import type { DiscoveryOutcome } from "./discover-inputs";

let store: UseStore | undefined;

// Its own database: idb-keyval keeps one object store per database.
function contractStore(): UseStore {
  store ??= createStore("serving-console-contracts", "contracts");
  return store;
}

/** Where a contract was learned. */
export interface ContractKey {
  gateway: string;
  servable: string;
  version: string;
  method: string;
}

function keyText(key: ContractKey): string {
  return JSON.stringify([key.gateway, key.servable, key.version, key.method]);
}

/** Returns the cached outcome for the key, or undefined (also when IndexedDB is unavailable). */
export async function loadContract(key: ContractKey): Promise<DiscoveryOutcome | undefined> {
  try {
    return await get<DiscoveryOutcome>(keyText(key), contractStore());
  } catch {
    return undefined;
  }
}

/** Stores the outcome under the key; rejects when IndexedDB is unavailable. */
export function saveContract(key: ContractKey, outcome: DiscoveryOutcome): Promise<void> {
  return set(keyText(key), outcome, contractStore());
}
