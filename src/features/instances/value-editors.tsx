import { useTranslation } from "react-i18next";
import { parseElement } from "../../draft/parse-element";
import { DtypeSelect } from "./dtype-select";
import type { DraftValue } from "../../draft/draft-value";
import type { NumericDType } from "../../serving/types";

type Simple = Extract<DraftValue, { kind: "scalar" | "bool" | "int" | "float" | "string" }>;

/** Edits a typed scalar, bool, int, float or string input, validating numbers as typed. */
export function ValueEditor(props: {
  name: string;
  value: Simple;
  onChange: (next: DraftValue) => void;
}) {
  const { name, value, onChange } = props;
  const { t } = useTranslation("instances");
  switch (value.kind) {
    case "bool":
      return (
        <label className="inline">
          <input
            type="checkbox"
            aria-label={t("field.valueLabel", { name })}
            checked={value.value}
            onChange={(e) => onChange({ kind: "bool", value: e.target.checked })}
          />
          {t(value.value ? "field.true" : "field.false")}
        </label>
      );
    case "string":
      return (
        <textarea
          aria-label={t("field.valueLabel", { name })}
          rows={2}
          value={value.value}
          onChange={(e) => onChange({ kind: "string", value: e.target.value })}
        />
      );
    case "scalar":
      return (
        <div className="toolbar">
          <DtypeSelect
            name={name}
            value={value.dtype}
            onChange={(dtype) => onChange({ ...value, dtype })}
          />
          <NumberField
            name={name}
            text={value.text}
            dtype={value.dtype}
            onChange={(text) => onChange({ ...value, text })}
          />
        </div>
      );
    case "int":
    case "float":
      return (
        <NumberField
          name={name}
          text={value.text}
          dtype={value.kind === "int" ? "int64" : "float64"}
          onChange={(text) => onChange({ kind: value.kind, text })}
        />
      );
  }
}

function NumberField(props: {
  name: string;
  text: string;
  dtype: NumericDType;
  onChange: (text: string) => void;
}) {
  const parsed = parseElement(props.text, props.dtype);
  const { t } = useTranslation("instances");
  return (
    <span className="number-field">
      <input
        aria-label={t("field.valueLabel", { name: props.name })}
        aria-invalid={!parsed.ok}
        value={props.text}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {parsed.ok ? (
        parsed.sent && (
          <small className="field-note">{t("field.sends", { value: parsed.sent })}</small>
        )
      ) : (
        <small className="field-error">⚠ {parsed.error}</small>
      )}
    </span>
  );
}
