import { useId } from "react";
import { useConnectionStore } from "../../state/connection-store";
import { CUSTOM_PRESET, PRESETS } from "../../state/presets";
import { InputsEditor } from "./inputs-editor";
import { MetadataEditor } from "./metadata-editor";
import type { WireVersion } from "../../serving/types";
import "./connection.css";

/** Where to send and what to call: preset, gateway, servable, method, version, wire, timeout, headers, inputs. */
export function ConnectionForm() {
  const c = useConnectionStore();
  const headingId = useId();
  return (
    <section className="connection" aria-labelledby={headingId}>
      <h2 id={headingId}>Connection</h2>
      <div className="form-grid">
        <label>
          Preset
          <select value={c.presetId} onChange={(e) => c.applyPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value={CUSTOM_PRESET}>custom</option>
          </select>
        </label>
        <label>
          Gateway URL
          <input
            type="url"
            value={c.gatewayUrl}
            spellCheck={false}
            onChange={(e) => c.update({ gatewayUrl: e.target.value })}
          />
        </label>
        <label>
          Servable
          <input
            value={c.servable}
            spellCheck={false}
            onChange={(e) => c.update({ servable: e.target.value })}
          />
        </label>
        <label>
          Method
          <input
            value={c.method}
            spellCheck={false}
            onChange={(e) => c.update({ method: e.target.value })}
          />
        </label>
        <div className="field">
          <label>
            Version
            <input
              inputMode="numeric"
              value={c.version}
              aria-describedby={`${headingId}-version`}
              onChange={(e) => c.update({ version: e.target.value })}
            />
          </label>
          <small id={`${headingId}-version`} className="field-note">
            0 = latest
          </small>
        </div>
        <label>
          Serving wire version
          <select
            value={c.wire}
            onChange={(e) => c.update({ wire: e.target.value as WireVersion })}
          >
            <option value="1.3">Serving ≥ 1.3</option>
            <option value="1.2">Serving 1.1–1.2</option>
          </select>
        </label>
        <label>
          Timeout (s)
          <input
            type="number"
            min={0}
            step="any"
            value={c.timeoutSeconds}
            onChange={(e) => c.update({ timeoutSeconds: e.target.value })}
          />
        </label>
        <label>
          File size limit (MB)
          <input
            type="number"
            min={0.001}
            step="any"
            value={c.fileLimitMb}
            onChange={(e) =>
              c.update({
                fileLimitMb: Number(e.target.value) > 0 ? Number(e.target.value) : c.fileLimitMb,
              })
            }
          />
        </label>
      </div>
      <MetadataEditor />
      <InputsEditor />
    </section>
  );
}
