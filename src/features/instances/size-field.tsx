import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A number field for one side of a grid. While it has focus it shows what is typed, so it can be
 * cleared and retyped; every number typed is passed on, empty text is not.
 */
export function SizeField(props: {
  label: string;
  name: string;
  value: number;
  max: number;
  onEditStart: () => void;
  onSize: (size: number) => void;
  onEditEnd: () => void;
}) {
  const { label, name, value, max, onEditStart, onSize, onEditEnd } = props;
  // Text as typed during an edit; undefined shows the grid's size.
  const [typed, setTyped] = useState<string>();
  const { t } = useTranslation("instances");
  return (
    <label>
      {label}
      <input
        type="number"
        min={1}
        max={max}
        aria-label={t("tensor.sizeLabel", { name, label })}
        value={typed ?? value}
        onFocus={onEditStart}
        onChange={(e) => {
          setTyped(e.target.value);
          if (e.target.value !== "") {
            onSize(Number(e.target.value));
          }
        }}
        onBlur={() => {
          setTyped(undefined);
          onEditEnd();
        }}
      />
    </label>
  );
}
