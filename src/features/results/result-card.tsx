import { useId } from "react";
import { OutputDownloads } from "./output-downloads";
import { OutputView } from "./output-view";
import { planInstanceOutputs } from "./plan-instance-outputs";
import { RankedClassesView } from "./ranked-classes-view";
import type { InstanceResult } from "../../serving/types";

/** Shows one instance's result as a group named "Result N": its outputs, or its own error. */
export function ResultCard(props: { number: number; result: InstanceResult }) {
  const { number, result } = props;
  const headingId = useId();
  return (
    <article className="results-card" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Result {number}</h3>
      {"error" in result ? (
        <p className="results-error">
          <strong>Error:</strong> {result.error}
        </p>
      ) : (
        <ResultOutputs number={number} outputs={result.outputs} />
      )}
    </article>
  );
}

function ResultOutputs(props: {
  number: number;
  outputs: Extract<InstanceResult, { outputs: unknown }>["outputs"];
}) {
  const blocks = planInstanceOutputs(props.outputs);
  if (blocks.length === 0) {
    return <p className="results-note">No outputs.</p>;
  }
  return blocks.map((block) =>
    block.kind === "ranked" ? (
      <RankedBlock key={block.labelName} {...block} />
    ) : (
      <OutputView
        key={block.name}
        name={block.name}
        output={block.output}
        downloads={
          <OutputDownloads name={block.name} number={props.number} output={block.output} />
        }
      />
    ),
  );
}

function RankedBlock(props: {
  labelName: string;
  scoreName: string;
  labels: string[];
  scores: number[];
}) {
  const headingId = useId();
  return (
    <div className="results-output" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {props.labelName} and {props.scoreName}
      </h4>
      <p className="results-meta">Top {props.labels.length} classes with scores</p>
      <RankedClassesView labels={props.labels} scores={props.scores} />
    </div>
  );
}
