import { useId, useRef, useState } from "react";
import { useConnectionStore } from "../../state/connection-store";
import { useInstancesStore } from "../../state/instances-store";
import { InstanceCard } from "./instance-card";
import { useFileIntake } from "./use-file-intake";
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

  return (
    <section
      className={dragging ? "instances-panel dragging" : "instances-panel"}
      aria-labelledby={headingId}
      {...dropHandlers}
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
