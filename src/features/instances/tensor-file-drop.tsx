import { type DragEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { loadNpyIntoInput } from "./tensor-file-intake";

/** Returns whether a file is named like a numpy array file. */
export function isNpyFile(file: File): boolean {
  return file.name.toLowerCase().endsWith(".npy");
}

/**
 * Returns the drop handler of a tensor input: a dropped `.npy` sets the input's dtype, shape and
 * values; other files pass on to the instance and the panel.
 */
export function dropNpyOn(instanceId: string, name: string): (event: DragEvent) => void {
  return (event) => {
    const file = Array.from(event.dataTransfer.files).find(isNpyFile);
    if (file) {
      event.preventDefault();
      event.stopPropagation();
      void loadNpyIntoInput(instanceId, name, file);
    }
  };
}

/** The keyboard way in: a button that picks a `.npy` file for a tensor input. */
export function NpyPicker(props: { instanceId: string; name: string }) {
  const { instanceId, name } = props;
  const picker = useRef<HTMLInputElement>(null);
  const { t } = useTranslation("instances");
  return (
    <div className="toolbar">
      <button type="button" onClick={() => picker.current?.click()}>
        {t("tensor.npyLoad", { name })}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".npy"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("tensor.npyFile", { name })}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) {
            void loadNpyIntoInput(instanceId, name, file);
          }
          e.target.value = "";
        }}
      />
    </div>
  );
}
