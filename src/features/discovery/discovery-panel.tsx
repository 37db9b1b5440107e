import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DiscoverSection } from "./discover-section";
import { ImportConfigsSection } from "./import-configs-section";
import "./discovery.css";

/** Learning the contract: servable_config.py import and input discovery from a running Serving. */
export function DiscoveryPanel() {
  const { t } = useTranslation("discovery");
  const headingId = useId();
  return (
    <section className="discovery" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("heading")}</h2>
      <ImportConfigsSection />
      <DiscoverSection />
    </section>
  );
}
