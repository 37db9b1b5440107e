import { useId } from "react";
import { useConnectionStore } from "../../state/connection-store";
import { isMetadataWithheld, useGatewayCheckStore } from "../../state/gateway-check-store";

/**
 * Shown while the page link's `?gateway=` replaces the saved gateway unconfirmed: names both, says
 * that metadata headers are held back, and lets the user keep the new gateway or go back.
 */
export function GatewayCheckBanner() {
  const linked = useGatewayCheckStore((s) => s.linked);
  const saved = useGatewayCheckStore((s) => s.saved);
  const gatewayUrl = useConnectionStore((s) => s.gatewayUrl);
  const headingId = useId();
  if (
    linked === undefined ||
    saved === undefined ||
    !isMetadataWithheld({ linked, saved }, gatewayUrl)
  ) {
    return null;
  }
  const { keepLinked, returnToSaved } = useGatewayCheckStore.getState();
  return (
    <div className="gateway-check" role="status" aria-labelledby={headingId}>
      <p id={headingId}>
        <strong>Check the gateway.</strong> This page was opened with the gateway{" "}
        <code>{linked}</code> instead of your saved gateway <code>{saved}</code>. Metadata headers
        (such as authorization) are not sent to <code>{linked}</code> until you choose to use it.
      </p>
      <div className="gateway-check-actions">
        <button type="button" onClick={keepLinked}>
          Use this gateway
        </button>
        <button type="button" onClick={returnToSaved}>
          Go back to the saved gateway
        </button>
      </div>
    </div>
  );
}
