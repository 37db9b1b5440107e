import { formatElement } from "../../ui/format-element";
import { currentResultsText, type ResultsText } from "./results-text";
import type { OutputValue } from "../../serving/types";

// A short single-line text is the answer itself, so the heading says it ("label: tabby cat").
const MAX_HEADING_TEXT = 80;
// Outputs named like class scores are counted in classes ("scores (1000 classes)").
const SCORES_NAME = /score|logit|prob/i;

/** Returns the heading of an output: its name, with its value when short, or what it holds. */
export function describeOutputHeading(
  name: string,
  output: OutputValue,
  t: ResultsText = currentResultsText(),
): string {
  switch (output.kind) {
    case "scalar":
      return t("output.named", { name, value: formatElement(output.value, output.dtype) });
    case "string":
      return isHeadingText(output.value) ? t("output.named", { name, value: output.value }) : name;
    case "tensor": {
      const count = output.data.length;
      if (count === 1) {
        return t("output.named", { name, value: formatElement(output.data[0]!, output.dtype) });
      }
      if (output.shape.length >= 2) {
        return t("output.matrix", { name, dims: output.shape.join(" × ") });
      }
      return t(SCORES_NAME.test(name) ? "output.classes" : "output.values", { name, count });
    }
    case "strings":
      return t("output.texts", { name, count: output.values.length });
    case "bytes-list":
      return t("output.files", { name, count: output.values.length });
    case "bytes":
    case "invalid":
      return name;
  }
}

/** Whether a string output is short enough to be told in its heading. */
export function isHeadingText(text: string): boolean {
  return text.length > 0 && text.length <= MAX_HEADING_TEXT && !text.includes("\n");
}

/** Returns the line under an output's heading: how many numbers and of which type, or its kind. */
export function describeOutput(output: OutputValue, t: ResultsText = currentResultsText()): string {
  switch (output.kind) {
    case "scalar":
      return t("output.number", { dtype: output.dtype });
    case "tensor":
      return output.data.length === 1
        ? t("output.number", { dtype: output.dtype })
        : t("output.numbers", { count: output.data.length, dtype: output.dtype });
    case "string":
    case "strings":
      return t("output.text");
    case "bytes":
    case "bytes-list":
      return t("output.file");
    case "invalid":
      return t("output.unreadableMeta", { dtype: output.dtype });
  }
}
