import { useTranslation } from "react-i18next";
import { wireLabel } from "../../draft/wire-choice";
import { useConnectionStore } from "../../state/connection-store";
import { selectDetectedWire, useWireDetectionStore } from "../../state/wire-detection-store";

/** "detected: Serving 1.1–1.2" under the wire picker while Auto knows this gateway and servable. */
export function DetectedWireNote(props: { id: string }) {
  const { t } = useTranslation("connection");
  const wire = useConnectionStore((s) => s.wire);
  const transport = useConnectionStore((s) => s.transport);
  const gatewayUrl = useConnectionStore((s) => s.gatewayUrl);
  const servable = useConnectionStore((s) => s.servable);
  const detected = useWireDetectionStore((s) => selectDetectedWire(s, gatewayUrl, servable));
  if (transport === "rest") {
    return (
      <small id={props.id} className="field-note">
        {t("wire.restNote")}
      </small>
    );
  }
  if (wire !== "auto" || detected === undefined) {
    return null;
  }
  return (
    <small id={props.id} className="field-note">
      {t("wire.detected", { wire: wireLabel(detected) })}
    </small>
  );
}
