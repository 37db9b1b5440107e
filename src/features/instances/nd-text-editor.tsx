import { useMemo } from "react";
import { buildTensor } from "../../draft/build-tensor";
import { parseElement } from "../../draft/parse-element";
import { parseNestedList } from "../../draft/parse-nested-list";
import type { TensorDraft } from "../../draft/draft-value";

/** Edits a tensor of any rank as nested-list text, showing the inferred shape or the first problem. */
export function NdTextEditor(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const built = useMemo(() => buildTensor(draft), [draft]);
  const rounded = useMemo(() => findRounded(draft), [draft]);
  return (
    <div className="nd-editor">
      <textarea
        aria-label={`${name} values`}
        aria-invalid={!built.ok}
        rows={Math.min(Math.max(draft.text.split("\n").length, 3), 12)}
        spellCheck={false}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.target.value })}
      />
      {built.ok ? (
        <p className="field-note">
          shape [{built.tensor.shape.join(", ")}] · {built.tensor.data.length} elements
          {rounded && ` · float16 rounds ${rounded.text} to ${rounded.sent}`}
        </p>
      ) : (
        <p className="field-error">⚠ {built.error}</p>
      )}
    </div>
  );
}

// The first element whose float16 value differs from its text, so the user sees what is sent.
function findRounded(draft: TensorDraft): { text: string; sent: string } | undefined {
  if (draft.dtype !== "float16") {
    return undefined;
  }
  try {
    for (const text of parseNestedList(draft.text).values) {
      const parsed = parseElement(text, "float16");
      if (parsed.ok && parsed.sent) {
        return { text, sent: parsed.sent };
      }
    }
  } catch {
    // Malformed text is reported by the tensor build.
  }
  return undefined;
}
