import { useRef } from "react";

/** Returns whether a file is named like a numpy archive of arrays. */
export function isNpzFile(file: File): boolean {
  return file.name.toLowerCase().endsWith(".npz");
}

/** A button that picks one `.npz` file and hands it on. */
export function NpzPicker(props: {
  label: string;
  fileLabel: string;
  onFile: (file: File) => void;
}) {
  const { label, fileLabel, onFile } = props;
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => picker.current?.click()}>
        {label}
      </button>
      <input
        ref={picker}
        type="file"
        accept=".npz"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={fileLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) {
            onFile(file);
          }
          e.target.value = "";
        }}
      />
    </>
  );
}
