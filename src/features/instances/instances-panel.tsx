import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../../state/connection-store";
import { clearDraft } from "../../state/draft-steps";
import { useInstancesStore } from "../../state/instances-store";
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
  const { t } = useTranslation("instances");
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
        <h2 id={headingId}>{t("panel.heading", { n: instances.length })}</h2>
        <div className="toolbar">
          <button
            type="button"
            onClick={() => useInstancesStore.getState().add(useConnectionStore.getState().inputs)}
          >
            {t("panel.add")}
          </button>
          <NpzPicker
            label={t("panel.npzInstances")}
            fileLabel={t("panel.npzInstancesFile")}
            onFile={npzBatch.take}
          />
          <button type="button" onClick={clearDraft}>
            {t("clearDraft")}
          </button>
          <DraftArchiveButtons />
          {fileInputs.length > 1 && (
            <label>
              {t("panel.filesGoTo")}
              <select
                aria-label={t("panel.filesGoToInput")}
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
                {t("panel.addFiles")}
              </button>
              <input
                ref={picker}
                type="file"
                multiple
                className="visually-hidden"
                tabIndex={-1}
                aria-label={t("panel.filesFor", { target })}
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
          {dragging ? t("panel.releaseHint") : t("panel.dropHint", { target })}
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
            {t("panel.dismiss")}
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
      {instances.length === 0 && <p className="field-note">{t("panel.empty")}</p>}
    </section>
  );
}
