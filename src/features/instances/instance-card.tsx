import { memo, useId } from "react";
import { useTranslation } from "react-i18next";
import { removeInstance } from "../../state/draft-steps";
import { useInstancesStore } from "../../state/instances-store";
import { InputField } from "./input-field";
import { isNpzFile, NpzPicker } from "./npz-picker";
import { loadNpzIntoInstance } from "./tensor-file-intake";
import type { DraftInstance, InputDecl } from "../../draft/draft-value";

/**
 * One instance: a group named "Instance N" with its inputs and the controls to reorder, copy,
 * remove it. Memoized: typing into one instance re-renders only that card, not every grid.
 */
export const InstanceCard = memo(function InstanceCard(props: {
  instance: DraftInstance;
  index: number;
  count: number;
  inputs: readonly InputDecl[];
}) {
  const { instance, index, count, inputs } = props;
  const headingId = useId();
  const n = index + 1;
  const { t } = useTranslation("instances");
  const problems = useInstancesStore((s) => s.problems);
  const mine = problems.filter((p) => p.instanceIndex === index);
  const { duplicate, move, setValue } = useInstancesStore.getState();
  return (
    <section
      className={mine.length > 0 ? "instance-card has-problem" : "instance-card"}
      role="group"
      aria-labelledby={headingId}
      onDrop={(event) => {
        // A .npz dropped on an instance fills its inputs by name instead of adding instances.
        const npz = Array.from(event.dataTransfer.files).find(isNpzFile);
        if (npz) {
          event.preventDefault();
          event.stopPropagation();
          void loadNpzIntoInstance(instance.id, npz);
        }
      }}
    >
      <header>
        <h3 id={headingId}>{t("card.heading", { n })}</h3>
        <div className="toolbar" role="toolbar" aria-label={t("card.actions", { n })}>
          <button
            type="button"
            aria-label={t("card.moveUp", { n })}
            disabled={index === 0}
            onClick={() => move(instance.id, -1)}
          >
            {t("card.up")}
          </button>
          <button
            type="button"
            aria-label={t("card.moveDown", { n })}
            disabled={index === count - 1}
            onClick={() => move(instance.id, 1)}
          >
            {t("card.down")}
          </button>
          <button
            type="button"
            aria-label={t("card.duplicateLabel", { n })}
            onClick={() => duplicate(instance.id)}
          >
            {t("card.duplicate")}
          </button>
          <NpzPicker
            label={t("card.npzFill")}
            fileLabel={t("card.npzFile", { n })}
            onFile={(file) => void loadNpzIntoInstance(instance.id, file)}
          />
          <button
            type="button"
            aria-label={t("card.removeLabel", { n })}
            onClick={() => removeInstance(instance.id)}
          >
            {t("card.remove")}
          </button>
        </div>
      </header>
      {mine
        .filter((p) => !(p.inputName in instance.values))
        .map((p) => (
          <p key={p.message} className="field-error problem">
            ⚠ {p.message}
          </p>
        ))}
      {/* Side by side where the column is wide enough, so a whole instance fits on screen. */}
      <div className="instance-inputs">
        {Object.entries(instance.values).map(([name, value]) => (
          <InputField
            key={name}
            instanceId={instance.id}
            name={name}
            decl={inputs.find((d) => d.name === name)}
            value={value}
            problem={mine.find((p) => p.inputName === name)?.message}
            onChange={(next) => setValue(instance.id, name, next)}
          />
        ))}
      </div>
    </section>
  );
});
