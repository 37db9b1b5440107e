import { useTranslation } from "react-i18next";
import { NUMERIC_DTYPES } from "../../draft/draft-value";
import type { NumericDType } from "../../serving/types";

/** A labelled select of the numeric dtypes, named "<input> dtype" for tensors and typed scalars. */
export function DtypeSelect(props: {
  name: string;
  value: NumericDType;
  onChange: (dtype: NumericDType) => void;
}) {
  const { name, value, onChange } = props;
  const { t } = useTranslation("instances");
  return (
    <label>
      {t("field.dtype")}
      <select
        aria-label={t("field.dtypeLabel", { name })}
        value={value}
        onChange={(e) => onChange(e.target.value as NumericDType)}
      >
        {NUMERIC_DTYPES.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </select>
    </label>
  );
}
