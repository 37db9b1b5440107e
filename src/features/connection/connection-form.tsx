import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CUSTOM_PRESET, PRESETS } from "../../draft/presets";
import { useConnectionStore } from "../../state/connection-store";
import { useImportedPresetsStore } from "../../state/imported-presets-store";
import { DetectedWireNote } from "./detected-wire-note";
import { FileLimitField } from "./file-limit-field";
import { GatewayCheckSlot } from "./gateway-check-slot";
import { InputsEditor } from "./inputs-editor";
import { MetadataEditor } from "./metadata-editor";
import type { WireChoice } from "../../draft/wire-choice";
import type { Transport } from "../../serving/types";
import "./connection.css";

/** What the panel around the form tells it: its heading's id, and how to collapse it. */
export interface ConnectionFormProps {
  /** The id the heading takes, so the surrounding region is named by it. */
  headingId?: string;
  /** Called when the user keeps the gateway a page link named. */
  onGatewayConfirmed?: () => void;
  /** Folds the form into its summary; without it there is no button to. */
  onCollapse?: () => void;
}

/** Where to send and what to call: preset, gateway, servable, method, version, wire, timeout, headers, inputs. */
export function ConnectionForm(props: ConnectionFormProps) {
  const { t } = useTranslation("connection");
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
  const ownId = useId();
  const headingId = props.headingId ?? ownId;
  return (
    <div className="connection-form">
      <div className="connection-heading">
        <h2 id={headingId}>{t("heading")}</h2>
        {props.onCollapse && (
          <button type="button" onClick={props.onCollapse}>
            {t("collapse")}
          </button>
        )}
      </div>
      <GatewayCheckSlot onConfirmed={props.onGatewayConfirmed} />
      <div className="form-grid">
        <label>
          {t("preset")}
          <select value={presetId} onChange={(e) => applyPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            {importedPresets.length > 0 && (
              <optgroup label={t("importedPresets")}>
                {importedPresets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            )}
            <option value={CUSTOM_PRESET}>{t("customPreset")}</option>
          </select>
        </label>
        <label>
          {t("gatewayUrl")}
          <input
            type="url"
            value={gatewayUrl}
            spellCheck={false}
            onChange={(e) => update({ gatewayUrl: e.target.value })}
          />
        </label>
        <label>
          {t("servable")}
          <input
            value={servable}
            spellCheck={false}
            onChange={(e) => update({ servable: e.target.value })}
          />
        </label>
        <label>
          {t("method")}
          <input
            value={method}
            spellCheck={false}
            onChange={(e) => update({ method: e.target.value })}
          />
        </label>
        <div className="field">
          <label>
            {t("version")}
            <input
              inputMode="numeric"
              value={version}
              aria-describedby={`${headingId}-version`}
              onChange={(e) => update({ version: e.target.value })}
            />
          </label>
          <small id={`${headingId}-version`} className="field-note">
            {t("versionNote")}
          </small>
        </div>
        <label>
          {t("transport")}
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
            {t("wire.label")}
            <select
              value={wire}
              disabled={transport === "rest"}
              aria-describedby={`${headingId}-wire`}
              onChange={(e) => update({ wire: e.target.value as WireChoice })}
            >
              <option value="auto">{t("wire.auto")}</option>
              <option value="1.3">Serving ≥ 1.3</option>
              <option value="1.2">Serving 1.1–1.2</option>
            </select>
          </label>
          <DetectedWireNote id={`${headingId}-wire`} />
        </div>
        <label>
          {t("timeout")}
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
    </div>
  );
}
