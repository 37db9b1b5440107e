import { NUMERIC_DTYPES } from "../../draft/draft-value";
import type { NumericDType } from "../../serving/types";

/** A labelled select of the numeric dtypes, named "<input> dtype" for tensors and typed scalars. */
export function DtypeSelect(props: {
  name: string;
  value: NumericDType;
  onChange: (dtype: NumericDType) => void;
}) {
  const { name, value, onChange } = props;
  return (
    <label>
      dtype
      <select
        aria-label={`${name} dtype`}
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
