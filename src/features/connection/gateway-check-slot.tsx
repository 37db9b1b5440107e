import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../../state/connection-store";
import { isMetadataWithheld, useGatewayCheckStore } from "../../state/gateway-check-store";
import { LoadingLine } from "../../ui/loading-line";

// The banner (and react-i18next's rich-text Trans) loads only when a page link changed the gateway.
const GatewayCheckBanner = lazy(() =>
  import("./gateway-check-banner").then((m) => ({ default: m.GatewayCheckBanner })),
);

/** Shows the gateway check banner, lazily loaded, while a page link's gateway is unconfirmed. */
export function GatewayCheckSlot(props: { onConfirmed?: () => void }) {
  const { t } = useTranslation("connection");
  const linked = useGatewayCheckStore((s) => s.linked);
  const saved = useGatewayCheckStore((s) => s.saved);
  const gatewayUrl = useConnectionStore((s) => s.gatewayUrl);
  if (
    linked === undefined ||
    saved === undefined ||
    !isMetadataWithheld({ linked, saved }, gatewayUrl)
  ) {
    return null;
  }
  return (
    <Suspense fallback={<LoadingLine>{t("gatewayCheck.loading")}</LoadingLine>}>
      <GatewayCheckBanner onConfirmed={props.onConfirmed} />
    </Suspense>
  );
}
