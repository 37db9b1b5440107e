import { useTranslation } from "react-i18next";
import { INPUT_KINDS, type InputKind } from "../../draft/draft-value";
import { useConnectionStore } from "../../state/connection-store";

/** The method's declared inputs (name and starting kind); editing them makes the preset "custom". */
export function InputsEditor() {
  const { t } = useTranslation("connection");
  const inputs = useConnectionStore((s) => s.inputs);
  const { addInput, updateInput, removeInput } = useConnectionStore.getState();
  const names = inputs.map((d) => d.name);
  return (
    <fieldset className="sub-form">
      <legend>{t("inputs.legend")}</legend>
      {inputs.map((d, i) => {
        const duplicate = names.indexOf(d.name) !== i;
        return (
          <div className="row" key={d.id}>
            <input
              aria-label={t("inputs.name", { n: i + 1 })}
              aria-invalid={duplicate || d.name === ""}
              value={d.name}
              spellCheck={false}
              onChange={(e) => updateInput(d.id, { name: e.target.value })}
            />
            <select
              aria-label={t("inputs.kind", { n: i + 1 })}
              value={d.kind}
              onChange={(e) => updateInput(d.id, { kind: e.target.value as InputKind })}
            >
              {INPUT_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
            <button
              type="button"
              aria-label={t("inputs.remove", { n: i + 1 })}
              onClick={() => removeInput(d.id)}
            >
              ✕
            </button>
            {(duplicate || d.name === "") && (
              <small className="field-error">
                ⚠ {d.name === "" ? t("inputs.nameIt") : t("inputs.nameTwice")}
              </small>
            )}
          </div>
        );
      })}
      <button type="button" onClick={addInput}>
        {t("inputs.add")}
      </button>
    </fieldset>
  );
}
