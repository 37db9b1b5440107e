/**
 * Splits a command that feeds its stdin from a here-document (`cmd -d @ <<'EOF'` … `EOF`, as the
 * grpcurl snippet is written) into the command line and the document's text.
 */
import { pasteErrorAt } from "./paste-error";

/** The command before `<<` and, when there is one, where the here-document's text sits. */
export interface HereDocumentSplit {
  command: string;
  document?: { from: number; to: number };
}

// `<<WORD`, `<<'WORD'`, `<<"WORD"` or `<<-WORD` ending the line that holds it.
const OPERATOR = /<<(-?)[ \t]*(['"]?)([A-Za-z_][\w-]*)\2[ \t]*\r?\n/;

/** Returns the command and the here-document of `text`; throws a located PasteError when it never ends. */
export function splitHereDocument(text: string): HereDocumentSplit {
  const match = OPERATOR.exec(text);
  if (!match) {
    return { command: text };
  }
  const [operator, dash = "", , delimiter = ""] = match;
  const from = match.index + operator.length;
  // The document ends at the first line that is the delimiter (with leading tabs under `<<-`).
  const lines = /[^\n]*(?:\n|$)/g;
  lines.lastIndex = from;
  for (let line = lines.exec(text); line && line[0] !== ""; line = lines.exec(text)) {
    const content = line[0].replace(/\r?\n$/, "");
    const bare = dash === "-" ? content.replace(/^\t+/, "") : content;
    if (bare === delimiter) {
      const rest = text.slice(line.index + line[0].length);
      if (rest.trim() !== "") {
        throw pasteErrorAt(text, line.index + line[0].length, "paste one command");
      }
      return { command: text.slice(0, match.index), document: { from, to: line.index } };
    }
  }
  throw pasteErrorAt(text, match.index, `the here-document never ends with a line "${delimiter}"`);
}
