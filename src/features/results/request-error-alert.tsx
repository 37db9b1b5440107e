import { chooseErrorHint } from "./choose-error-hint";
import type { RequestFailure } from "../../serving/types";

/** Shows a whole-request failure as the one role="alert" element: the error, its gRPC status and a hint. */
export function RequestErrorAlert(props: { failure: RequestFailure }) {
  const { failure } = props;
  const hint = chooseErrorHint(failure.cause, failure.likelyWire);
  const status = describeStatus(failure);
  return (
    <div className="results-alert" role="alert">
      <p>
        <strong>Request failed:</strong> {failure.error}
      </p>
      {status && !failure.error.includes(status) && <p>gRPC status {status}</p>}
      {hint && (
        <p>
          <strong>Hint:</strong> {hint}
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
