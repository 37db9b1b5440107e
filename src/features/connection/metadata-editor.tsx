import { useConnectionStore } from "../../state/connection-store";

/** Request metadata headers (e.g. authorization) as key/value rows. */
export function MetadataEditor() {
  const metadata = useConnectionStore((s) => s.metadata);
  const { addMetadata, updateMetadata, removeMetadata } = useConnectionStore.getState();
  return (
    <fieldset className="sub-form">
      <legend>Metadata headers</legend>
      {metadata.length === 0 && <p className="field-note">None. Add one for e.g. authorization.</p>}
      {metadata.map((m, i) => (
        <div className="row" key={m.id}>
          <input
            aria-label={`Header ${i + 1} name`}
            placeholder="name"
            value={m.key}
            spellCheck={false}
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
      ))}
      <button type="button" onClick={addMetadata}>
        Add header
      </button>
    </fieldset>
  );
}
