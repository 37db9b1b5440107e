import { useTranslation } from "react-i18next";
import { chooseErrorHint } from "./choose-error-hint";
import type { RequestFailure } from "../../serving/types";

/** Shows a whole-request failure as the one role="alert" element: the error, its gRPC status and a hint. */
export function RequestErrorAlert(props: { failure: RequestFailure }) {
  const { failure } = props;
  const { t } = useTranslation("results");
  const hint = chooseErrorHint(failure.cause, failure.likelyWire, t);
  const status = describeStatus(failure);
  return (
    <div className="results-alert" role="alert">
      <p>
        <strong>{t("alert.failed")}</strong> {failure.error}
      </p>
      {status && !failure.error.includes(status) && <p>{t("alert.status", { status })}</p>}
      {hint && (
        <p>
          <strong>{t("alert.hint")}</strong> {hint}
        </p>
      )}
    </div>
  );
}

function describeStatus(failure: RequestFailure): string | undefined {
  if (failure.grpcStatusName !== undefined && failure.grpcStatus !== undefined) {
    return `${failure.grpcStatusName} (${failure.grpcStatus})`;
  }
  return (
    failure.grpcStatusName ??
    (failure.grpcStatus === undefined ? undefined : String(failure.grpcStatus))
  );
}
