import { useTranslation } from "react-i18next";
import { formatElement } from "../../ui/format-element";
import { BytesView } from "./bytes-view";
import { chooseOutputView } from "./choose-output-view";
import { describeOutput, describeOutputHeading, isHeadingText } from "./describe-output";
import { TensorView } from "./tensor-view";
import type { OutputValue } from "../../serving/types";
import type { ReactNode } from "react";

/** Shows one named output of a result in the view chooseOutputView picks for it. */
export function OutputView(props: { name: string; output: OutputValue; downloads?: ReactNode }) {
  const { name, output, downloads } = props;
  const { t } = useTranslation("results");
  // The group is named by the output alone; its heading also tells the value or what it holds.
  return (
    <div className="results-output" role="group" aria-label={name}>
      <h4>{describeOutputHeading(name, output, t)}</h4>
      {/* A text's heading already says all there is about it. */}
      {output.kind !== "string" && <p className="results-meta">{describeOutput(output, t)}</p>}
      {downloads}
      <OutputBody name={name} output={output} />
    </div>
  );
}

function OutputBody(props: { name: string; output: OutputValue }) {
  const { name, output } = props;
  const { t } = useTranslation("results");
  const view = chooseOutputView(output);
  switch (output.kind) {
    case "scalar":
      return <p className="results-scalar">{formatElement(output.value)}</p>;
    case "tensor":
      if (view === "empty") {
        return <p className="results-note">{t("output.noElements")}</p>;
      }
      return (
        <TensorView
          name={name}
          dtype={output.dtype}
          shape={output.shape}
          data={output.data}
          canHeatmap={view === "matrix"}
        />
      );
    case "string":
      // A short text is already told by the heading.
      return isHeadingText(output.value) ? null : <p className="results-text">{output.value}</p>;
    case "strings":
      return (
        <ol className="results-text-list" start={0}>
          {output.values.map((value, index) => (
            <li key={index}>{value}</li>
          ))}
        </ol>
      );
    case "bytes":
      return <BytesView name={name} bytes={output.value} />;
    case "bytes-list":
      return (
        <ol className="results-bytes-list" start={0}>
          {output.values.map((value, index) => (
            <li key={index}>
              <BytesView name={`${name}[${index}]`} bytes={value} />
            </li>
          ))}
        </ol>
      );
    case "invalid":
      return <p className="results-error">{t("output.unreadable", { error: output.error })}</p>;
  }
}
