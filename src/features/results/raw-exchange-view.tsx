import { useState } from "react";
import { stringifyRaw } from "./stringify-raw";
import type { InferExchange } from "../../serving/types";

/** A disclosure with the request and reply as indented JSON, built only while open. */
export function RawExchangeView(props: { exchange: InferExchange }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="results-raw" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Raw request and reply (JSON)</summary>
      {open && (
        <>
          <h4>Request</h4>
          <pre tabIndex={0} aria-label="Request JSON">
            {stringifyRaw(props.exchange.requestJson)}
          </pre>
          <h4>Reply</h4>
          <pre tabIndex={0} aria-label="Reply JSON">
            {props.exchange.replyJson === null
              ? "No reply arrived."
              : stringifyRaw(props.exchange.replyJson)}
          </pre>
        </>
      )}
    </details>
  );
}
