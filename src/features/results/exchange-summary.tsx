import { useTranslation } from "react-i18next";
import { formatByteSize } from "../../draft/format-byte-size";
import { describeExchangeRoute } from "./describe-exchange-route";
import { formatDuration } from "./format-duration";
import type { InferExchange } from "../../serving/types";

/** Shows the figures of one exchange: how it travelled, latency and request/reply sizes ("none" when no reply arrived). */
export function ExchangeSummary(props: { exchange: InferExchange }) {
  const { elapsedMs, requestBytes, replyBytes, replyJson } = props.exchange;
  const { t, i18n } = useTranslation("results");
  return (
    <dl className="results-summary">
      <div>
        <dt>{t("summary.sentAs")}</dt>
        <dd>{describeExchangeRoute(props.exchange, t)}</dd>
      </div>
      <div>
        <dt>{t("summary.latency")}</dt>
        <dd>{formatDuration(elapsedMs, i18n.language)}</dd>
      </div>
      <div>
        <dt>{t("summary.request")}</dt>
        <dd>{formatByteSize(requestBytes)}</dd>
      </div>
      <div>
        <dt>{t("summary.reply")}</dt>
        <dd>{replyJson === null ? t("summary.none") : formatByteSize(replyBytes)}</dd>
      </div>
    </dl>
  );
}
