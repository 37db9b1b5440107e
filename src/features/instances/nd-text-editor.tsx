import { useMemo } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("instances");
  const built = useMemo(() => buildTensor(draft), [draft]);
  const rounded = useMemo(() => findRounded(draft), [draft]);
  return (
    <div className="nd-editor">
      <textarea
        aria-label={t("tensor.valuesLabel", { name })}
        aria-invalid={!built.ok}
        rows={Math.min(Math.max(draft.text.split("\n").length, 3), 12)}
        spellCheck={false}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.target.value })}
      />
      {built.ok ? (
        <p className="field-note">
          {t("tensor.shape", {
            shape: built.tensor.shape.join(", "),
            count: built.tensor.data.length,
          })}
          {rounded && t("tensor.rounds", rounded)}
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
