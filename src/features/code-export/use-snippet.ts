/** The snippet the dialog shows for the selected target, or why there is none. */
import { useMemo } from "react";
import { describeError } from "../../../shared/describe-value";
import { checkAddress } from "../../code-export/check-address";
import { generateSnippet, type CodeTarget } from "../../code-export/code-targets";
import { prepareExport, type CodeExportSource } from "../../code-export/export-request";
import { PROTO_TEXTS } from "./proto-texts";
import type { Snippet } from "../../code-export/snippet";
import type { ServingAddressTexts } from "../../state/serving-addresses-store";

/** What the code box shows. */
export type SnippetState =
  | { kind: "ready"; snippet: Snippet }
  /** The draft itself cannot be exported (an empty name, an unreadable value). */
  | { kind: "draft-problems"; problems: string[] }
  /** The address this target needs is not host:port. */
  | { kind: "address"; field: "grpc" | "rest" }
  /** This target cannot carry the draft (e.g. REST and several strings in one input). */
  | { kind: "target-error"; error: string };

/** Returns the snippet state of `target` for the source and addresses; recomputed only when they change. */
export function useSnippet(
  source: CodeExportSource,
  target: CodeTarget,
  addresses: ServingAddressTexts,
): SnippetState {
  const prepared = useMemo(() => prepareExport(source), [source]);
  const field = target === "curl" ? "rest" : target === "typescript" ? undefined : "grpc";
  const addressBad = field !== undefined && checkAddress(addresses[field]) !== undefined;
  return useMemo((): SnippetState => {
    if (!prepared.ok) {
      return { kind: "draft-problems", problems: prepared.problems };
    }
    if (addressBad && field) {
      return { kind: "address", field };
    }
    try {
      return {
        kind: "ready",
        snippet: generateSnippet(target, prepared.request, addresses, PROTO_TEXTS),
      };
    } catch (error) {
      return { kind: "target-error", error: describeError(error) };
    }
  }, [prepared, target, addresses, addressBad, field]);
}
