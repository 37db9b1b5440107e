import { useId } from "react";
import { useTranslation } from "react-i18next";
import { planInstanceOutputs } from "../../ui/plan-instance-outputs";
import { InstanceErrorView } from "./instance-error-view";
import { OutputDownloads } from "./output-downloads";
import { OutputView } from "./output-view";
import { RankedClassesView } from "./ranked-classes-view";
import { SentInputView } from "./sent-input-view";
import type { InstanceResult } from "../../serving/types";
import type { SentInstance } from "../../state/run-inputs-store";

/** Shows one instance's result as a group named "Result N": what it sent, then its outputs or its own error. */
export function ResultCard(props: {
  number: number;
  result: InstanceResult;
  sent?: SentInstance;
  /** The method's declared input names, to name "model input N" in errors. */
  inputNames?: readonly string[];
}) {
  const { number, result, sent, inputNames = [] } = props;
  const { t } = useTranslation("results");
  const headingId = useId();
  return (
    <article className="results-card" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("card.heading", { number })}</h3>
      {sent && <SentInputView sent={sent} />}
      {"error" in result ? (
        <InstanceErrorView error={result.error} inputNames={inputNames} />
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
  const { t } = useTranslation("results");
  const blocks = planInstanceOutputs(props.outputs);
  if (blocks.length === 0) {
    return <p className="results-note">{t("card.noOutputs")}</p>;
  }
  return blocks.map((block) =>
    block.kind === "ranked" ? (
      <RankedBlock key={block.labelName} labels={block.labels} scores={block.scores} />
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

function RankedBlock(props: { labels: string[]; scores: number[] }) {
  const { t } = useTranslation("results");
  const headingId = useId();
  return (
    <div className="results-output" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("ranked.heading", { count: props.labels.length })}</h4>
      <RankedClassesView labels={props.labels} scores={props.scores} />
    </div>
  );
}
