import { useId } from "react";
import { CUSTOM_PRESET, PRESETS } from "../../draft/presets";
import { useConnectionStore } from "../../state/connection-store";
import { useImportedPresetsStore } from "../../state/imported-presets-store";
import { DetectedWireNote } from "./detected-wire-note";
import { FileLimitField } from "./file-limit-field";
import { GatewayCheckBanner } from "./gateway-check-banner";
import { InputsEditor } from "./inputs-editor";
import { MetadataEditor } from "./metadata-editor";
import type { WireChoice } from "../../draft/wire-choice";
import type { Transport } from "../../serving/types";
import "./connection.css";

/** Where to send and what to call: preset, gateway, servable, method, version, wire, timeout, headers, inputs. */
export function ConnectionForm() {
  const presetId = useConnectionStore((s) => s.presetId);
  const gatewayUrl = useConnectionStore((s) => s.gatewayUrl);
  const servable = useConnectionStore((s) => s.servable);
  const method = useConnectionStore((s) => s.method);
  const version = useConnectionStore((s) => s.version);
  const wire = useConnectionStore((s) => s.wire);
  const transport = useConnectionStore((s) => s.transport);
  const timeoutSeconds = useConnectionStore((s) => s.timeoutSeconds);
  const importedPresets = useImportedPresetsStore((s) => s.presets);
  const { update, applyPreset } = useConnectionStore.getState();
  const headingId = useId();
  return (
    <section className="connection" aria-labelledby={headingId}>
      <h2 id={headingId}>Connection</h2>
      <GatewayCheckBanner />
      <div className="form-grid">
        <label>
          Preset
          <select value={presetId} onChange={(e) => applyPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            {importedPresets.length > 0 && (
              <optgroup label="Imported">
                {importedPresets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            )}
            <option value={CUSTOM_PRESET}>custom</option>
          </select>
        </label>
        <label>
          Gateway URL
          <input
            type="url"
            value={gatewayUrl}
            spellCheck={false}
            onChange={(e) => update({ gatewayUrl: e.target.value })}
          />
        </label>
        <label>
          Servable
          <input
            value={servable}
            spellCheck={false}
            onChange={(e) => update({ servable: e.target.value })}
          />
        </label>
        <label>
          Method
          <input
            value={method}
            spellCheck={false}
            onChange={(e) => update({ method: e.target.value })}
          />
        </label>
        <div className="field">
          <label>
            Version
            <input
              inputMode="numeric"
              value={version}
              aria-describedby={`${headingId}-version`}
              onChange={(e) => update({ version: e.target.value })}
            />
          </label>
          <small id={`${headingId}-version`} className="field-note">
            0 = latest
          </small>
        </div>
        <label>
          Transport
          <select
            value={transport}
            onChange={(e) => update({ transport: e.target.value as Transport })}
          >
            <option value="grpc-web">gRPC-Web</option>
            <option value="rest">REST</option>
          </select>
        </label>
        <div className="field">
          <label>
            Serving wire version
            <select
              value={wire}
              disabled={transport === "rest"}
              aria-describedby={`${headingId}-wire`}
              onChange={(e) => update({ wire: e.target.value as WireChoice })}
            >
              <option value="auto">Auto</option>
              <option value="1.3">Serving ≥ 1.3</option>
              <option value="1.2">Serving 1.1–1.2</option>
            </select>
          </label>
          <DetectedWireNote id={`${headingId}-wire`} />
        </div>
        <label>
          Timeout (s)
          <input
            type="number"
            min={0}
            step="any"
            value={timeoutSeconds}
            onChange={(e) => update({ timeoutSeconds: e.target.value })}
          />
        </label>
        <FileLimitField />
      </div>
      <MetadataEditor />
      <InputsEditor />
    </section>
  );
}
