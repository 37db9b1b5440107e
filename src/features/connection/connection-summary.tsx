import { useTranslation } from "react-i18next";
import { wireLabel } from "../../draft/wire-choice";
import { useConnectionStore } from "../../state/connection-store";
import { selectDetectedWire, useWireDetectionStore } from "../../state/wire-detection-store";

/** The wire part of the summary: REST, or gRPC-Web with the chosen (or detected) Serving version. */
function useWireSummary(): string {
  const { t } = useTranslation("connection");
  const wire = useConnectionStore((s) => s.wire);
  const transport = useConnectionStore((s) => s.transport);
  const gatewayUrl = useConnectionStore((s) => s.gatewayUrl);
  const servable = useConnectionStore((s) => s.servable);
  const detected = useWireDetectionStore((s) => selectDetectedWire(s, gatewayUrl, servable));
  if (transport === "rest") {
    return "REST";
  }
  if (wire !== "auto") {
    return `gRPC-Web, ${wireLabel(wire)}`;
  }
  return detected === undefined
    ? `gRPC-Web, ${t("wire.auto")}`
    : `gRPC-Web, ${t("summary.autoDetected", { wire: wireLabel(detected) })}`;
}

/** Shows a gateway URL without its scheme, which is noise on one line. */
function shortGateway(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, "").replace(/\/$/, "");
}

/**
 * The connection on one line (gateway · servable · method · version · wire) with the button that
 * opens the form again.
 */
export function ConnectionSummary(props: { onEdit: () => void; headingId: string }) {
  const { t } = useTranslation("connection");
  const gatewayUrl = useConnectionStore((s) => s.gatewayUrl);
  const servable = useConnectionStore((s) => s.servable);
  const method = useConnectionStore((s) => s.method);
  const version = useConnectionStore((s) => s.version);
  const wire = useWireSummary();
  const versionText =
    version.trim() === "" || version.trim() === "0"
      ? t("summary.latest")
      : t("summary.version", { version: version.trim() });
  const parts = [shortGateway(gatewayUrl), servable, method, versionText, wire];
  return (
    <div className="connection-summary">
      <h2 id={props.headingId}>{t("heading")}</h2>
      <p className="connection-summary-line">{parts.join(" · ")}</p>
      <button type="button" onClick={props.onEdit}>
        {t("summary.edit")}
      </button>
    </div>
  );
}
