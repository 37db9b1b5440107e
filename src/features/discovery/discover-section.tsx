import { numericDTypes } from "../../../protocol/dtypes";
import { useDiscoveryStore } from "./discovery-store";
import type { LearnedInput } from "./discover-inputs";

const confirmWithUser = (question: string) => window.confirm(question);

function describeInput(input: LearnedInput): string {
  if (input.dtype !== undefined && input.byteSize !== undefined) {
    const count = input.byteSize / numericDTypes[input.dtype].width;
    return `${input.name}: ${input.dtype}, ${input.byteSize} bytes (${count} values)`;
  }
  if (input.byteSize !== undefined) {
    return `${input.name}: ${input.byteSize} bytes at the model`;
  }
  return input.image ? `${input.name}: image` : input.name;
}

/** The Discover inputs button and what the last discovery learned. */
export function DiscoverSection() {
  const discovery = useDiscoveryStore((s) => s.discovery);
  const { discover } = useDiscoveryStore.getState();
  return (
    <div className="discovery-run">
      <button
        type="button"
        disabled={discovery.status === "running"}
        onClick={() => void discover(confirmWithUser)}
      >
        Discover inputs
      </button>
      {discovery.status === "running" && (
        <p role="status">Discovering inputs of {discovery.method}…</p>
      )}
      {discovery.status === "failed" && (
        <p role="alert" className="field-error">
          ⚠ {discovery.error}
        </p>
      )}
      {discovery.status === "done" && (
        <div role="status" aria-label="Discovered inputs">
          <p>
            {discovery.cached
              ? `${discovery.method}: from the cache (learned in ${discovery.outcome.calls} calls)`
              : `${discovery.method}: ${discovery.outcome.inputs.length === 0 ? "nothing learned" : "learned"} in ${discovery.outcome.calls} call${discovery.outcome.calls === 1 ? "" : "s"}`}
          </p>
          <ul>
            {discovery.outcome.inputs.map((input) => (
              <li key={input.name}>{describeInput(input)}</li>
            ))}
          </ul>
          {discovery.outcome.stopped && (
            <p className="field-note">Stopped: {discovery.outcome.stopped}</p>
          )}
          {discovery.note && <p className="field-note">{discovery.note}</p>}
          {discovery.cached && (
            <button type="button" onClick={() => void discover(confirmWithUser, true)}>
              Discover again
            </button>
          )}
        </div>
      )}
    </div>
  );
}
