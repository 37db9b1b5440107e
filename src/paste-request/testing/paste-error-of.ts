/** Test helper: the refusal a paste gets. */
import { parsePastedRequest } from "../parse-pasted-request";
import { PasteError } from "../paste-error";

/** Returns the PasteError that reading `text` throws; fails when the text is read or fails otherwise. */
export function pasteErrorOf(text: string): PasteError {
  try {
    parsePastedRequest(text);
  } catch (error) {
    if (error instanceof PasteError) {
      return error;
    }
    throw error;
  }
  throw new Error("the text was read");
}
