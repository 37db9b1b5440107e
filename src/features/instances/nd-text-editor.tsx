import { useMemo } from "react";
import { buildTensor } from "../../state/build-tensor";
import type { TensorDraft } from "../../state/draft-value";

/** Edits a tensor of any rank as nested-list text, showing the inferred shape or the first problem. */
export function NdTextEditor(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const built = useMemo(() => buildTensor(draft), [draft]);
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
        </p>
      ) : (
        <p className="field-error">⚠ {built.error}</p>
      )}
    </div>
  );
}
