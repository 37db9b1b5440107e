import { formatByteSize } from "../../draft/format-byte-size";
import { describeExchangeRoute } from "./describe-exchange-route";
import { formatDuration } from "./format-duration";
import type { InferExchange } from "../../serving/types";

/** Shows the figures of one exchange: how it travelled, latency and request/reply sizes ("none" when no reply arrived). */
export function ExchangeSummary(props: { exchange: InferExchange }) {
  const { elapsedMs, requestBytes, replyBytes, replyJson } = props.exchange;
  return (
    <dl className="results-summary">
      <div>
        <dt>Sent as</dt>
        <dd>{describeExchangeRoute(props.exchange)}</dd>
      </div>
      <div>
        <dt>Latency</dt>
        <dd>{formatDuration(elapsedMs)}</dd>
      </div>
      <div>
        <dt>Request</dt>
        <dd>{formatByteSize(requestBytes)}</dd>
      </div>
      <div>
        <dt>Reply</dt>
        <dd>{replyJson === null ? "none" : formatByteSize(replyBytes)}</dd>
      </div>
    </dl>
  );
}
