import { type ReactNode, useId } from "react";
import { BytesView } from "./bytes-view";
import { chooseOutputView } from "./choose-output-view";
import { describeOutput } from "./describe-output";
import { formatElement } from "./format-element";
import { TensorView } from "./tensor-view";
import type { OutputValue } from "../../serving/types";

/** Shows one named output of a result in the view chooseOutputView picks for it. */
export function OutputView(props: { name: string; output: OutputValue; downloads?: ReactNode }) {
  const { name, output, downloads } = props;
  const headingId = useId();
  return (
    <div className="results-output" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p className="results-meta">{describeOutput(output)}</p>
      {downloads}
      <OutputBody name={name} output={output} />
    </div>
  );
}

function OutputBody(props: { name: string; output: OutputValue }) {
  const { name, output } = props;
  const view = chooseOutputView(output);
  switch (output.kind) {
    case "scalar":
      return <p className="results-scalar">{formatElement(output.value)}</p>;
    case "tensor":
      if (view === "empty") {
        return <p className="results-note">No elements.</p>;
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
      return <p className="results-text">{output.value}</p>;
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
      return <p className="results-error">Unreadable output: {output.error}</p>;
  }
}
