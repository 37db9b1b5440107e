/**
 * A cheap value that changes whenever the draft does (what to call, the inputs, any instance), so a
 * view can tell that the draft on screen is no longer the one a run sent.
 */
import { useConnectionStore } from "./connection-store";
import { useInstancesStore } from "./instances-store";
import type { ConnectionDraft } from "../draft/connection-draft";
import type { DraftInstance } from "../draft/draft-value";

// Stores replace the arrays they change, so an array's identity stands for its content.
const numbers = new WeakMap<object, number>();
let next = 0;

function numberOf(value: object): number {
  let n = numbers.get(value);
  if (n === undefined) {
    n = ++next;
    numbers.set(value, n);
  }
  return n;
}

/** Returns the token of a draft given its connection fields and instances. */
export function draftChangeToken(
  connection: Pick<ConnectionDraft, "servable" | "method" | "version" | "inputs">,
  instances: readonly DraftInstance[],
): string {
  const { servable, method, version, inputs } = connection;
  return JSON.stringify([servable, method, version, numberOf(inputs), numberOf(instances)]);
}

/**
 * Returns a string that changes whenever the draft on screen changes (servable, method, version,
 * declared inputs, instances) and stays equal while it does not; comparing two is O(1)-cheap.
 */
export function describeDraftChangeToken(): string {
  return draftChangeToken(useConnectionStore.getState(), useInstancesStore.getState().instances);
}

/** The draft change token of `describeDraftChangeToken`, re-rendering when it changes. */
export function useDraftChangeToken(): string {
  const servable = useConnectionStore((s) => s.servable);
  const method = useConnectionStore((s) => s.method);
  const version = useConnectionStore((s) => s.version);
  const inputs = useConnectionStore((s) => s.inputs);
  const instances = useInstancesStore((s) => s.instances);
  return draftChangeToken({ servable, method, version, inputs }, instances);
}
