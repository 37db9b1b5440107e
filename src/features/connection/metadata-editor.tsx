import { useId } from "react";
import { checkMetadataNames, isBlankEntry, needsAllowHeader } from "../../draft/check-metadata";
import { useConnectionStore } from "../../state/connection-store";

/** Request metadata headers (e.g. authorization) as key/value rows, with each name checked. */
export function MetadataEditor() {
  const metadata = useConnectionStore((s) => s.metadata);
  const { addMetadata, updateMetadata, removeMetadata } = useConnectionStore.getState();
  const baseId = useId();
  const problems = checkMetadataNames(metadata);
  return (
    <fieldset className="sub-form" aria-describedby={`${baseId}-cors`}>
      <legend>Metadata headers</legend>
      {/* Browsers preflight custom headers; the gateway refuses names outside its CORS list. */}
      <p id={`${baseId}-cors`} className="field-note">
        Browsers may send only the headers the gateway allows: authorization is allowed; add any
        other name to <code>allow_headers</code> in envoy.yaml.
      </p>
      {metadata.length === 0 && <p className="field-note">None. Add one for e.g. authorization.</p>}
      {metadata.map((m, i) => {
        const problem = problems.get(m.id);
        const noteId = `${baseId}-${m.id}`;
        const note =
          problem ??
          (!isBlankEntry(m) && needsAllowHeader(m.key)
            ? `Add ${m.key.trim()} to allow_headers in envoy.yaml, or the browser blocks the call`
            : undefined);
        return (
          <div className="header-row" key={m.id}>
            <div className="row">
              <input
                aria-label={`Header ${i + 1} name`}
                aria-invalid={problem !== undefined}
                aria-describedby={note && noteId}
                placeholder="name"
                value={m.key}
                spellCheck={false}
                autoCapitalize="none"
                onChange={(e) => updateMetadata(m.id, { key: e.target.value })}
              />
              <input
                aria-label={`Header ${i + 1} value`}
                placeholder="value"
                value={m.value}
                spellCheck={false}
                onChange={(e) => updateMetadata(m.id, { value: e.target.value })}
              />
              <button
                type="button"
                aria-label={`Remove header ${i + 1}`}
                onClick={() => removeMetadata(m.id)}
              >
                ✕
              </button>
            </div>
            {note && (
              <small id={noteId} className={problem ? "field-error" : "field-note"}>
                {problem ? `⚠ ${problem}` : note}
              </small>
            )}
          </div>
        );
      })}
      <button type="button" onClick={addMetadata}>
        Add header
      </button>
    </fieldset>
  );
}
