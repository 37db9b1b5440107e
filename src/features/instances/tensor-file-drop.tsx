import { type DragEvent, type ReactNode, useRef } from "react";
import { loadNpyIntoInput } from "../../state/tensor-file-intake";

/** Returns whether a file is named like a numpy array file. */
export function isNpyFile(file: File): boolean {
  return file.name.toLowerCase().endsWith(".npy");
}

/**
 * Wraps a tensor input: a `.npy` file dropped here, or picked with its button, sets the input's
 * dtype, shape and values. Other files pass on to the instance and the panel.
 */
export function TensorFileDrop(props: { instanceId: string; name: string; children: ReactNode }) {
  const { instanceId, name, children } = props;
  const picker = useRef<HTMLInputElement>(null);
  const load = (file: File | undefined) => {
    if (file) {
      void loadNpyIntoInput(instanceId, name, file);
    }
  };
  const onDrop = (event: DragEvent) => {
    const file = Array.from(event.dataTransfer.files).find(isNpyFile);
    if (file) {
      event.preventDefault();
      event.stopPropagation();
      load(file);
    }
  };
  return (
    // A drop target only: the button below is the keyboard way in.
    <div className="tensor-file-drop" onDrop={onDrop}>
      {children}
      <div className="toolbar">
        <button type="button" onClick={() => picker.current?.click()}>
          Load {name} from .npy…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".npy"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={`${name} .npy file`}
          onChange={(e) => {
            load(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
    </div>
  );
}
