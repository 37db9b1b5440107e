import { type DragEvent, useId, useRef, useState } from "react";
import { useConnectionStore } from "../../state/connection-store";
import { useInstancesStore } from "../../state/instances-store";
import { clearDraft } from "../../state/draft-steps";
import { DraftArchiveButtons } from "./draft-archive-buttons";
import { DraftStorageNotices } from "./draft-storage-notices";
import { InstanceCard } from "./instance-card";
import { NpzBatchPrompt } from "./npz-batch-prompt";
import { isNpzFile, NpzPicker } from "./npz-picker";
import { UndoStatus } from "./undo-status";
import { useFileIntake } from "./use-file-intake";
import { useNpzBatch } from "./use-npz-batch";
import "./instances.css";

/**
 * The list of instances. Files dropped anywhere on the panel, picked, or pasted become one
 * instance each for the selected image (or bytes) input.
 */
export function InstancesPanel() {
  const instances = useInstancesStore((s) => s.instances);
  const inputs = useConnectionStore((s) => s.inputs);
  const fileInputs = inputs.filter((d) => d.kind === "image" || d.kind === "bytes");
  const [chosenTarget, setChosenTarget] = useState<string>();
  const target = fileInputs.find((d) => d.name === chosenTarget)?.name ?? fileInputs[0]?.name;
  const picker = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const { dragging, notices, dismiss, takeFiles, dropHandlers } = useFileIntake(target);
  const npzBatch = useNpzBatch();
  const onDrop = (event: DragEvent) => {
    // A .npz dropped on the list asks how it becomes instances; other files go on as before.
    const npz = Array.from(event.dataTransfer.files).find(isNpzFile);
    if (npz) {
      event.preventDefault();
      dropHandlers.onDragLeave(event);
      npzBatch.take(npz);
      return;
    }
    dropHandlers.onDrop(event);
  };

  return (
    <section
      className={dragging ? "instances-panel dragging" : "instances-panel"}
      aria-labelledby={headingId}
      {...dropHandlers}
      onDrop={onDrop}
    >
      <header className="panel-header">
        <h2 id={headingId}>Instances ({instances.length})</h2>
        <div className="toolbar">
          <button
            type="button"
            onClick={() => useInstancesStore.getState().add(useConnectionStore.getState().inputs)}
          >
            Add instance
          </button>
          <NpzPicker
            label="New instances from .npz…"
            fileLabel="Instances .npz file"
            onFile={npzBatch.take}
          />
          <button type="button" onClick={clearDraft}>
            Clear draft
          </button>
          <DraftArchiveButtons />
          {fileInputs.length > 1 && (
            <label>
              files go to
              <select
                aria-label="Files go to input"
                value={target}
                onChange={(e) => setChosenTarget(e.target.value)}
              >
                {fileInputs.map((d) => (
                  <option key={d.name}>{d.name}</option>
                ))}
              </select>
            </label>
          )}
          {target && (
            <>
              <button type="button" onClick={() => picker.current?.click()}>
                Add files…
              </button>
              <input
                ref={picker}
                type="file"
                multiple
                className="visually-hidden"
                tabIndex={-1}
                aria-label={`Files for ${target}`}
                onChange={(e) => {
                  takeFiles(Array.from(e.target.files ?? []));
                  e.target.value = "";
                }}
              />
            </>
          )}
        </div>
      </header>
      {target && (
        <p className="drop-hint">
          {dragging
            ? "Release to add one instance per file."
            : `Drop or paste images anywhere here: each file becomes its own instance (input “${target}”).`}
        </p>
      )}
      <UndoStatus />
      <DraftStorageNotices />
      <NpzBatchPrompt batch={npzBatch} />
      {notices.length > 0 && (
        <div className="notices" aria-live="polite">
          <ul>
            {notices.map((n) => (
              <li key={n}>⚠ {n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <div className="instance-list">
        {instances.map((instance, index) => (
          <InstanceCard
            key={instance.id}
            instance={instance}
            index={index}
            count={instances.length}
            inputs={inputs}
          />
        ))}
      </div>
      {instances.length === 0 && (
        <p className="field-note">No instances. Add one, or drop files here.</p>
      )}
    </section>
  );
}
