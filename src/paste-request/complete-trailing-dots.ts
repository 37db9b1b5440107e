/**
 * numpy prints whole floats as `2.`, which Python reads but the Lezer grammar does not. This
 * writes `2.0` where (and only where) the grammar stops at such a dot, and maps offsets back.
 */
import { parser } from "@lezer/python";

/** The fixed text and a map from its offsets to those of the original text. */
export interface CompletedText {
  text: string;
  originalOffset(offset: number): number;
}

const MAX_ROUNDS = 8;

/** Returns the text with a 0 after each trailing-dot float the grammar cannot read. */
export function completeTrailingDots(original: string): CompletedText {
  let text = original;
  // Offsets in the original text before which a "0" was inserted.
  const inserted: number[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const spots: number[] = [];
    parser.parse(text).iterate({
      enter: (node) => {
        if (node.type.isError && /\d\.$/.test(text.slice(Math.max(0, node.from - 2), node.from))) {
          spots.push(node.from);
        }
      },
    });
    if (spots.length === 0) {
      break;
    }
    const unique = [...new Set(spots)].sort((a, b) => a - b);
    let out = "";
    let last = 0;
    for (const spot of unique) {
      out += `${text.slice(last, spot)}0`;
      last = spot;
      inserted.push(toOriginal(spot, inserted));
    }
    text = out + text.slice(last);
    inserted.sort((a, b) => a - b);
  }
  return { text, originalOffset: (offset) => toOriginal(offset, inserted) };
}

function toOriginal(offset: number, inserted: readonly number[]): number {
  let shifted = offset;
  for (const spot of inserted) {
    if (spot < shifted) {
      shifted--;
    }
  }
  return shifted;
}
