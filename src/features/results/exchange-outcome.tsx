import { ExchangeSummary } from "./exchange-summary";
import { RunDownload } from "./output-downloads";
import { RawExchangeView } from "./raw-exchange-view";
import { RequestErrorAlert } from "./request-error-alert";
import { ResultCard } from "./result-card";
import type { InferExchange } from "../../serving/types";

/** Shows a finished exchange: its figures, one card per instance or the request's alert, and the raw view. */
export function ExchangeOutcome(props: { exchange: InferExchange; instanceCount: number }) {
  const { exchange, instanceCount } = props;
  const { result } = exchange;
  return (
    <>
      <ExchangeSummary exchange={exchange} />
      {result.ok ? (
        <>
          {result.instances.length !== instanceCount && (
            <p className="results-note">
              The reply holds {result.instances.length} results for {instanceCount} instances.
            </p>
          )}
          <RunDownload instances={result.instances} />
          <div className="results-list">
            {result.instances.map((instance, index) => (
              <ResultCard key={index} number={index + 1} result={instance} />
            ))}
          </div>
        </>
      ) : (
        <RequestErrorAlert failure={result} />
      )}
      <RawExchangeView exchange={exchange} />
    </>
  );
}
