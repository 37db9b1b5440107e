import { useTranslation } from "react-i18next";
import { ExchangeSummary } from "./exchange-summary";
import { RunDownload } from "./output-downloads";
import { RawExchangeView } from "./raw-exchange-view";
import { RequestErrorAlert } from "./request-error-alert";
import { ResultCardList } from "./result-card-list";
import { UntrainedBadge } from "./untrained-badge";
import type { InferExchange } from "../../serving/types";
import type { RunInputs } from "../../state/run-inputs-store";

/** Shows a finished exchange: its figures, one card per instance or the request's alert, and the raw view. */
export function ExchangeOutcome(props: {
  exchange: InferExchange;
  instanceCount: number;
  run?: RunInputs;
}) {
  const { exchange, instanceCount, run } = props;
  const { t } = useTranslation("results");
  const { result } = exchange;
  return (
    <>
      <ExchangeSummary exchange={exchange} />
      {exchange.untrainedModel === true && <UntrainedBadge />}
      {result.ok ? (
        <>
          {result.instances.length !== instanceCount && (
            <p className="results-note">
              {t("countMismatch", {
                results: result.instances.length,
                instances: instanceCount,
              })}
            </p>
          )}
          <RunDownload instances={result.instances} />
          <ResultCardList instances={result.instances} run={run} />
        </>
      ) : (
        <RequestErrorAlert failure={result} />
      )}
      <RawExchangeView exchange={exchange} />
    </>
  );
}
