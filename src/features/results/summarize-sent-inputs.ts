import { currentResultsText, type ResultsText } from "./results-text";
import type { SentInput } from "../../state/run-inputs-store";

// A typed value longer than this is cut in the one-line summary.
const MAX_VALUE = 24;

/** Returns one line telling the inputs, e.g. "x1 float32 [2, 2] · x2 float32 [2, 2]". */
export function summarizeSentInputs(
  inputs: readonly SentInput[],
  t: ResultsText = currentResultsText(),
): string {
  return inputs.map((input) => summarizeInput(input, t)).join(" · ");
}

function summarizeInput(input: SentInput, t: ResultsText): string {
  const { name } = input;
  switch (input.kind) {
    case "image":
      return input.fileName;
    case "bytes":
      return input.fileName === undefined
        ? t("card.noFile", { name })
        : t("card.bytes", { name, file: input.fileName });
    case "tensor":
      return input.shape
        ? t("card.tensor", { name, dtype: input.dtype, shape: input.shape.join(", ") })
        : t("card.tensorText", { name, dtype: input.dtype });
    case "value": {
      const value =
        input.text.length > MAX_VALUE ? `${input.text.slice(0, MAX_VALUE)}…` : input.text;
      return input.dtype === undefined
        ? t("card.value", { name, value })
        : t("card.typedValue", { name, dtype: input.dtype, value });
    }
  }
}
