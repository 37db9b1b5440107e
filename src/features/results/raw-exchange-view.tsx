import { useState } from "react";
import { useTranslation } from "react-i18next";
import { stringifyRaw } from "./stringify-raw";
import type { InferExchange } from "../../serving/types";

/** A disclosure with the request and reply as indented JSON, built only while open. */
export function RawExchangeView(props: { exchange: InferExchange }) {
  const { t } = useTranslation("results");
  const [open, setOpen] = useState(false);
  return (
    <details className="results-raw" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("raw.summary")}</summary>
      {open && (
        <>
          <h4>{t("raw.request")}</h4>
          <pre tabIndex={0} aria-label={t("raw.requestJson")}>
            {stringifyRaw(props.exchange.requestJson)}
          </pre>
          <h4>{t("raw.reply")}</h4>
          <pre tabIndex={0} aria-label={t("raw.replyJson")}>
            {props.exchange.replyJson === null
              ? t("raw.noReply")
              : stringifyRaw(props.exchange.replyJson)}
          </pre>
        </>
      )}
    </details>
  );
}
