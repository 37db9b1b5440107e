import { useId } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useConnectionStore } from "../../state/connection-store";
import { isMetadataWithheld, useGatewayCheckStore } from "../../state/gateway-check-store";

/**
 * Shown while the page link's `?gateway=` replaces the saved gateway unconfirmed: names both, says
 * that metadata headers are held back, and lets the user keep the new gateway or go back.
 */
export function GatewayCheckBanner(props: { onConfirmed?: () => void }) {
  const { t } = useTranslation("connection");
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
        <Trans
          t={t}
          i18nKey="gatewayCheck.text"
          values={{ linked, saved }}
          components={{ strong: <strong />, code: <code /> }}
        />
      </p>
      <div className="gateway-check-actions">
        <button
          type="button"
          onClick={() => {
            keepLinked();
            props.onConfirmed?.();
          }}
        >
          {t("gatewayCheck.keep")}
        </button>
        <button type="button" onClick={returnToSaved}>
          {t("gatewayCheck.back")}
        </button>
      </div>
    </div>
  );
}
