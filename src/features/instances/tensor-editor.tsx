import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../shared/describe-value";
import { convertTensorEditor } from "./convert-tensor-editor";
import { DtypeSelect } from "./dtype-select";
import { GridControls } from "./grid-controls";
import { MatrixGrid } from "./matrix-grid";
import { NdTextEditor } from "./nd-text-editor";
import type { TensorDraft, TensorEditor as EditorKind } from "../../draft/draft-value";

const EDITORS: readonly EditorKind[] = ["1d", "2d", "nd"];

/** Edits a tensor input: dtype, layout, size, fills, and the grid or text of its values. */
export function TensorEditor(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const [error, setError] = useState<string>();
  const { t } = useTranslation("instances");

  const switchEditor = (editor: EditorKind) => {
    try {
      setError(undefined);
      onChange(convertTensorEditor(draft, editor));
    } catch (e) {
      setError(t("tensor.switchError", { reason: describeError(e) }));
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
          {t("tensor.layout")}
          <select
            aria-label={t("tensor.layoutLabel", { name })}
            value={draft.editor}
            onChange={(e) => switchEditor(e.target.value as EditorKind)}
          >
            {EDITORS.map((e) => (
              <option key={e} value={e}>
                {t(`tensor.layouts.${e}`)}
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
