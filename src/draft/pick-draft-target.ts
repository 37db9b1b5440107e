/** The connection fields a draft carries: what it calls, without the gateway and the headers. */

/** The names of those fields, in the order drafts list them. */
export const DRAFT_TARGET_FIELDS = [
  "servable",
  "method",
  "version",
  "transport",
  "wire",
  "timeoutSeconds",
  "fileLimitMb",
  "presetId",
  "inputs",
] as const;

type DraftTargetField = (typeof DRAFT_TARGET_FIELDS)[number];

/** Returns only the draft's fields of a connection (the store's, a recorded run's), not the rest. */
export function pickDraftTarget<T extends Record<DraftTargetField, unknown>>(
  connection: T,
): Pick<T, DraftTargetField> {
  return Object.fromEntries(DRAFT_TARGET_FIELDS.map((field) => [field, connection[field]])) as Pick<
    T,
    DraftTargetField
  >;
}
