/**
 * Splits a shell command line into words as a POSIX shell (and bash's $'…') would: single and
 * double quotes, backslash escapes and line continuations. Expansions ($VAR, `…`) and a second
 * command (`;`, `|`, `&&`) are refused, since what they stand for is not in the text.
 */
import { pasteErrorAt } from "./paste-error";

/** One word of the command and the offset where it starts. */
export interface ShellWord {
  text: string;
  at: number;
}

const ANSI_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  v: "\v",
  "0": "\0",
};

/** Returns the words of `text`; throws a located PasteError for what the reader does not take. */
export function readShellWords(text: string): ShellWord[] {
  const words: ShellWord[] = [];
  let pos = 0;
  let word: string | undefined;
  let wordAt = 0;
  const fail = (message: string, at = pos): never => {
    throw pasteErrorAt(text, at, message);
  };
  const begin = (): void => {
    if (word === undefined) {
      word = "";
      wordAt = pos;
    }
  };
  const end = (): void => {
    if (word !== undefined) {
      words.push({ text: word, at: wordAt });
      word = undefined;
    }
  };
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === "\\") {
      const next = text[pos + 1];
      if (next === "\n" || (next === "\r" && text[pos + 2] === "\n")) {
        pos += next === "\n" ? 2 : 3;
        continue;
      }
      begin();
      word += next ?? "";
      pos += 2;
    } else if (/\s/.test(c)) {
      end();
      pos++;
    } else if (c === "#" && word === undefined) {
      while (pos < text.length && text[pos] !== "\n") {
        pos++;
      }
    } else if (c === "'") {
      begin();
      const close = text.indexOf("'", pos + 1);
      if (close < 0) {
        fail("the single quote is not closed");
      }
      word += text.slice(pos + 1, close);
      pos = close + 1;
    } else if (c === "$" && text[pos + 1] === "'") {
      begin();
      pos = readAnsiQuoted(text, pos + 2, (s) => (word += s), fail);
    } else if (c === '"') {
      begin();
      const start = pos;
      pos++;
      for (;;) {
        const d = text[pos];
        if (d === undefined) {
          fail("the double quote is not closed", start);
        } else if (d === '"') {
          pos++;
          break;
        } else if (
          d === "\\" &&
          text[pos + 1] !== undefined &&
          '$`"\\\n'.includes(text[pos + 1]!)
        ) {
          word = (word ?? "") + (text[pos + 1] === "\n" ? "" : (text[pos + 1] ?? ""));
          pos += 2;
        } else if (d === "$" || d === "`") {
          fail("shell expansions are not read; paste the command with its values written out");
        } else {
          word += d;
          pos++;
        }
      }
    } else if (c === "$" || c === "`") {
      fail("shell expansions are not read; paste the command with its values written out");
    } else if (c === ";" || c === "|" || c === "&" || c === "<" || c === ">") {
      fail(`"${c}" starts another command or a redirection; paste one command`);
    } else {
      begin();
      word += c;
      pos++;
    }
  }
  end();
  return words;
}

function readAnsiQuoted(
  text: string,
  from: number,
  emit: (s: string) => void,
  fail: (message: string, at?: number) => never,
): number {
  let pos = from;
  for (;;) {
    const c = text[pos];
    if (c === undefined) {
      return fail("the $'…' quote is not closed", from - 2);
    }
    if (c === "'") {
      return pos + 1;
    }
    if (c !== "\\") {
      emit(c);
      pos++;
      continue;
    }
    const e = text[pos + 1] ?? "";
    const hex = e === "x" ? /^[0-9a-fA-F]{1,2}/.exec(text.slice(pos + 2)) : null;
    const unicode = e === "u" ? /^[0-9a-fA-F]{1,4}/.exec(text.slice(pos + 2)) : null;
    if (hex) {
      emit(String.fromCharCode(parseInt(hex[0], 16)));
      pos += 2 + hex[0].length;
    } else if (unicode) {
      emit(String.fromCharCode(parseInt(unicode[0], 16)));
      pos += 2 + unicode[0].length;
    } else if (e in ANSI_ESCAPES) {
      emit(ANSI_ESCAPES[e]!);
      pos += 2;
    } else {
      emit(`\\${e}`);
      pos += 2;
    }
  }
}
