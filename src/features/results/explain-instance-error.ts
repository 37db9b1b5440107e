/** Turns Serving's text for one failed instance into a readable sentence and a hint. */
import { numericDtypeOfServingName } from "../../../protocol/serving-dtype-names";
import { currentResultsText, type ResultsText } from "./results-text";

/** A readable account of an instance's error; the raw text stays available beside it. */
export interface InstanceErrorExplanation {
  message: string;
  hint: string;
}

// Serving's wordings (r1.1–r2.x), as its C++ prints them; anything else is explained generically.
const DTYPE = /Given model input (\d+) data type (\w+) not match (?:the data type )?(\w+)/;
const SIZE = /Given model input (\d+) size (\d+) not match (?:the size )?(\d+)/;
const MISSING = /Cannot find input (\S+) in instance input/;
const CHECK = /Instances input (\S+) check failed, detail: (.*)$/s;

/**
 * Returns the explanation of `error`. Serving counts model inputs from 0 ("model input 0"); that
 * index is mapped to the method's declared input of the same position when `inputNames` has one,
 * and Serving's dtype names (kMSI_Int32) to the usual ones (int32).
 */
export function explainInstanceError(
  error: string,
  inputNames: readonly string[],
  t: ResultsText = currentResultsText(),
): InstanceErrorExplanation {
  const nameInput = (index: string) =>
    inputNames[Number(index)] ?? t("error.modelInput", { index });
  const dtype = DTYPE.exec(error);
  if (dtype) {
    const [, index = "", given = "", wanted = ""] = dtype;
    const values = { input: nameInput(index), given: nameDtype(given), wanted: nameDtype(wanted) };
    return { message: t("error.dtype", values), hint: t("error.dtypeHint", values) };
  }
  const size = SIZE.exec(error);
  if (size) {
    const [, index = "", given = "", wanted = ""] = size;
    const values = { input: nameInput(index), given, wanted };
    return { message: t("error.size", values), hint: t("error.sizeHint", values) };
  }
  const missing = MISSING.exec(error);
  if (missing) {
    const values = { input: missing[1] ?? "" };
    return { message: t("error.missing", values), hint: t("error.missingHint", values) };
  }
  const check = CHECK.exec(error);
  if (check) {
    const values = { input: check[1] ?? "", detail: check[2] ?? "" };
    return { message: t("error.check", values), hint: t("error.checkHint", values) };
  }
  return { message: t("error.other"), hint: t("error.otherHint") };
}

function nameDtype(servingName: string): string {
  return numericDtypeOfServingName(servingName) ?? servingName;
}
