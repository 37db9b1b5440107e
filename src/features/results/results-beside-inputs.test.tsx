import { act, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useConnectionStore } from "../../state/connection-store";
import { useInstancesStore } from "../../state/instances-store";
import { useRunInputsStore } from "../../state/run-inputs-store";
import { ResultsPanel } from "./results-panel";
import { useSentRun } from "./use-sent-run";
import type { InferExchange, InstanceResult } from "../../serving/types";

const sum: InstanceResult = {
  outputs: {
    y: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array([2, 2, 2, 2]) },
  },
};

const exchangeOf = (instances: InstanceResult[], untrainedModel?: boolean): InferExchange => ({
  result: { ok: true, instances },
  requestBytes: 1,
  replyBytes: 1,
  elapsedMs: 1,
  requestJson: {},
  replyJson: {},
  untrainedModel,
});

function Slot(props: { exchange: InferExchange }) {
  const { run, stale } = useSentRun();
  return (
    <ResultsPanel
      status="done"
      exchange={props.exchange}
      instanceCount={props.exchange.result.ok ? props.exchange.result.instances.length : 0}
      run={run}
      stale={stale}
    />
  );
}

/** Records the current draft as sent, as the runs store does at Send. */
function recordDraft(files: Record<string, Uint8Array> = {}): void {
  useRunInputsStore
    .getState()
    .record(useInstancesStore.getState().instances, files, useConnectionStore.getState().inputs);
}

describe("results beside their inputs", () => {
  it("summarize each instance's tensors in one line", () => {
    recordDraft();
    render(<Slot exchange={exchangeOf([sum])} />);
    const inputs = useConnectionStore.getState().inputs.map((input) => input.name);
    expect(inputs.length).toBeGreaterThan(0);
    const expected = inputs.map((name) => `${name} float32 [2, 2]`).join(" · ");
    expect(screen.getByRole("group", { name: "Result 1" })).toHaveTextContent(expected);
  });

  it("show each sent image by its file name, even after the draft dropped it", () => {
    const file = { id: "f1", name: "cat.jpg", size: 3, type: "image/jpeg" };
    useInstancesStore.setState({
      instances: [{ id: "a", values: { image: { kind: "image", file } } }],
    });
    recordDraft({ f1: new Uint8Array([1, 2, 3]) });
    act(() => useInstancesStore.getState().replaceInstances([]));
    render(<Slot exchange={exchangeOf([sum])} />);
    expect(screen.getByRole("group", { name: "Result 1" })).toHaveTextContent("cat.jpg");
  });

  it("say when the draft changed since the run on screen, until the next send", () => {
    recordDraft();
    render(<Slot exchange={exchangeOf([sum])} />);
    expect(screen.queryByText(/the draft has changed since/)).not.toBeInTheDocument();

    act(() => useInstancesStore.getState().add(useConnectionStore.getState().inputs));
    const sentAt = useRunInputsStore.getState().run!.sentAt;
    const time = new Intl.DateTimeFormat("en", { timeStyle: "medium" }).format(sentAt);
    expect(
      screen.getByText(`From the run at ${time}; the draft has changed since.`),
    ).toBeInTheDocument();

    act(() => recordDraft());
    expect(screen.queryByText(/the draft has changed since/)).not.toBeInTheDocument();
  });

  it("name the declared input in an instance's error", () => {
    recordDraft();
    const names = useConnectionStore.getState().inputs.map((input) => input.name);
    render(
      <Slot
        exchange={exchangeOf([
          {
            error:
              "Given model input 1 data type kMSI_Int32 not match the data type kMSI_Float32 defined in model",
          },
        ])}
      />,
    );
    expect(screen.getByRole("group", { name: "Result 1" })).toHaveTextContent(
      `Error: ${names[1]} was sent as int32, but the model expects float32.`,
    );
  });

  it("carry a badge when the stand-in's untrained model answered", () => {
    recordDraft();
    const { rerender } = render(<Slot exchange={exchangeOf([sum], true)} />);
    const results = screen.getByRole("region", { name: "Results" });
    expect(within(results).getByText("stand-in model, untrained: labels are random")).toBeVisible();
    rerender(<Slot exchange={exchangeOf([sum])} />);
    expect(within(results).queryByText(/untrained/)).not.toBeInTheDocument();
  });
});
