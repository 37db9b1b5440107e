import { useTranslation } from "react-i18next";

/** The badge on replies of the stand-in's untrained model, with how to get real labels. */
export function UntrainedBadge() {
  const { t } = useTranslation("results");
  return (
    <p className="results-untrained">
      <strong className="results-badge">{t("untrained")}</strong> {t("untrainedHint")}
    </p>
  );
}
