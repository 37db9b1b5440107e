/*
 * Results view: what the reply of one Send holds, aligned with the instances sent.
 *
 * How values are displayed (end-to-end tests may rely on this):
 * - Each instance's result is a group named "Result N" (1-based, same order as "Instance N"),
 *   starting with what that instance sent: the image (named by its file name) or a one-line
 *   summary of its inputs ("x1 float32 [2, 2] · x2 float32 [2, 2]").
 *   Inside it, each output is a group named by its heading: the output name, with its value when
 *   short ("label: tabby cat", "y: 3") or what it holds ("y (2 × 2)", "scores (1,000 classes)").
 * - Numbers: whole values print without decimals (float32 2 → "2", 4 → "4"); other values print
 *   with up to 6 significant digits, trailing zeros dropped ("0.333333", "1.5", "1.5e-7");
 *   NaN, Infinity and -Infinity by name. float16 shows the value the 16-bit float holds;
 *   int64/uint64 print every digit of the exact integer; bool prints "true"/"false".
 * - A 0-d or one-element output prints as one value. Tensors print as a table (one cell per
 *   element, row and column indices as headers; 1-D wraps at 10 per row, rank > 2 has one row
 *   per leading index) with Min, Max and Mean above it; at most 20 rows × 12 columns are in the
 *   page at once, with First/Previous/Next/Last buttons and a "Go to row" field beyond that.
 *   2-D tensors have a "Heatmap of <name>" toggle button (aria-pressed) that colours the cells
 *   (numbers stay in them) and, for matrices larger than one page, adds an overview image
 *   (role img, "Heatmap overview of <name>: R × C values from <min> to <max>").
 * - The role="status" line reads "Sending N instances…", "Received N results.", "The request
 *   failed." or "Request cancelled. …"; the section is aria-busy while a request is in flight.
 * - A string `label` with `;`-joined names plus a `score` with one value per name
 *   (classify_top5) prints as "Top 5 classes", an ordered list "Classes by score": label, the
 *   score (as a percentage when the scores are probabilities), bar; raw scores get an
 *   "as softmax" toggle.
 * - Strings print as text; bytes show an image when they decode as one, always the size and a
 *   "Download <name>" link.
 * - An instance's error prints inside its result as "Error: <readable sentence>" with a hint,
 *   Serving's own text in a disclosure. A whole-request error is the single role="alert"
 *   element: "Request failed: <text>" (the text names the gRPC status), and "Hint: …" for the
 *   common causes.
 * - When the draft changed since the run on screen, a note says "From the run at <time>; the
 *   draft has changed since."; replies of the stand-in's untrained model carry a badge.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { describeRunStatus } from "./describe-run-status";
import { ExchangeOutcome } from "./exchange-outcome";
import type { InferExchange } from "../../serving/types";
import type { RunInputs } from "../../state/run-inputs-store";
import type { RunStatus } from "../../state/runs-store";
import "./results.css";

/** Shows the state and outcome of the latest request; purely driven by its props. */
export function ResultsPanel(props: {
  status: RunStatus;
  exchange?: InferExchange;
  instanceCount: number;
  /** What the run on screen sent, shown beside each result. */
  run?: RunInputs;
  /** Whether the draft changed since that run. */
  stale?: boolean;
}) {
  const { status, exchange, instanceCount, run, stale = false } = props;
  const { t, i18n } = useTranslation("results");
  const headingId = useId();
  const shown = status === "done" ? exchange : undefined;
  return (
    <section className="results" aria-labelledby={headingId} aria-busy={status === "running"}>
      <h2 id={headingId}>{t("heading")}</h2>
      {/* Always present, so screen readers announce each change of state. */}
      <p className="results-status" role="status">
        {describeRunStatus(status, exchange, instanceCount, t)}
      </p>
      {status === "running" && <progress className="results-progress" aria-label={t("inFlight")} />}
      {shown && stale && run && (
        <p className="results-stale">
          {t("stale", {
            time: new Intl.DateTimeFormat(i18n.language, { timeStyle: "medium" }).format(
              run.sentAt,
            ),
          })}
        </p>
      )}
      {shown && <ExchangeOutcome exchange={shown} instanceCount={instanceCount} run={run} />}
    </section>
  );
}
