import { useState } from "react";
import { describeError } from "../../../shared/describe-value";
import { convertTensorEditor } from "./convert-tensor-editor";
import { DtypeSelect } from "./dtype-select";
import { GridControls } from "./grid-controls";
import { MatrixGrid } from "./matrix-grid";
import { NdTextEditor } from "./nd-text-editor";
import type { TensorDraft, TensorEditor as EditorKind } from "../../draft/draft-value";

const EDITORS: { value: EditorKind; label: string }[] = [
  { value: "1d", label: "1-D grid" },
  { value: "2d", label: "2-D grid" },
  { value: "nd", label: "Any rank (text)" },
];

/** Edits a tensor input: dtype, layout, size, fills, and the grid or text of its values. */
export function TensorEditor(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const [error, setError] = useState<string>();

  const switchEditor = (editor: EditorKind) => {
    try {
      setError(undefined);
      onChange(convertTensorEditor(draft, editor));
    } catch (e) {
      setError(`Cannot switch: ${describeError(e)}`);
    }
  };
  return (
    <div className="tensor-editor">
      <div className="toolbar">
        <DtypeSelect
          name={name}
          value={draft.dtype}
          onChange={(dtype) => onChange({ ...draft, dtype })}
        />
        <label>
          layout
          <select
            aria-label={`${name} layout`}
            value={draft.editor}
            onChange={(e) => switchEditor(e.target.value as EditorKind)}
          >
            {EDITORS.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        {draft.editor !== "nd" && (
          <GridControls name={name} draft={draft} onChange={onChange} onError={setError} />
        )}
      </div>
      {error && <p className="field-error">⚠ {error}</p>}
      {draft.editor === "nd" ? (
        <NdTextEditor name={name} draft={draft} onChange={onChange} />
      ) : (
        <MatrixGrid name={name} draft={draft} onChange={onChange} />
      )}
    </div>
  );
}
