import { useTranslation } from "react-i18next";
import { explainInstanceError } from "./explain-instance-error";

/** Shows one instance's error readably, with a hint and Serving's own text one click away. */
export function InstanceErrorView(props: { error: string; inputNames: readonly string[] }) {
  const { t } = useTranslation("results");
  const { message, hint } = explainInstanceError(props.error, props.inputNames, t);
  return (
    <div className="results-error">
      <p>
        <strong>{t("error.label")}</strong> {message}
      </p>
      <p>
        <strong>{t("error.hint")}</strong> {hint}
      </p>
      <details>
        <summary>{t("error.raw")}</summary>
        <pre className="results-error-raw">{props.error}</pre>
      </details>
    </div>
  );
}
