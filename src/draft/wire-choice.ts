/** The wire picker's choices: Auto (find the version by asking), or one Serving wire version. */
import type { WireVersion } from "../serving/types";

/** "auto" detects the version; "1.3" and "1.2" fix it. */
export type WireChoice = "auto" | WireVersion;

/** Returns the label of a wire version as the picker names it. */
export function wireLabel(wire: WireVersion): string {
  switch (wire) {
    case "1.3":
      return "Serving ≥ 1.3";
    case "1.2":
      return "Serving 1.1–1.2";
  }
}
