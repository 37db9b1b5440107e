import { useTranslation } from "react-i18next";
import { buildValue } from "../../draft/build-instances";
import {
  createDraftValue,
  INPUT_KINDS,
  type DraftValue,
  type InputDecl,
  type InputKind,
} from "../../draft/draft-value";
import { fieldIntakeKey, useIntakeStore } from "../../state/intake-store";
import { FileEditor } from "./file-editor";
import { TensorEditor } from "./tensor-editor";
import { dropNpyOn, NpyPicker } from "./tensor-file-drop";
import { ValueEditor } from "./value-editors";

/** One input of one instance: its kind and the editor for that kind. */
export function InputField(props: {
  instanceId: string;
  name: string;
  decl?: InputDecl;
  value: DraftValue;
  problem?: string;
  onChange: (next: DraftValue) => void;
}) {
  const { instanceId, name, decl, value, problem, onChange } = props;
  const { t } = useTranslation("instances");
  const refusals = useIntakeStore((s) => s.refusals[fieldIntakeKey(instanceId, name)]);
  // Editors of typed values show their own parse errors; repeat a send-time problem only when it
  // says more. Building the value is the costly part, so it runs only when there is a problem.
  const shownByEditor =
    problem !== undefined &&
    SELF_VALIDATING.has(value.kind) &&
    "error" in buildValue(value, {}, Infinity);
  const changeKind = (kind: InputKind) =>
    onChange(createDraftValue(kind, decl?.kind === kind ? decl : undefined));
  return (
    <fieldset
      className={problem ? "input-field has-problem" : "input-field"}
      onDrop={value.kind === "tensor" ? dropNpyOn(instanceId, name) : undefined}
    >
      <legend>{name}</legend>
      <label className="kind">
        {t("field.kind")}
        <select
          aria-label={t("field.kindLabel", { name })}
          value={value.kind}
          onChange={(e) => changeKind(e.target.value as InputKind)}
        >
          {INPUT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`field.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {value.kind === "tensor" ? (
        <>
          <TensorEditor name={name} draft={value} onChange={onChange} />
          <NpyPicker instanceId={instanceId} name={name} />
        </>
      ) : value.kind === "bytes" || value.kind === "image" ? (
        <FileEditor
          name={name}
          kind={value.kind}
          file={value.file}
          onPick={(file) =>
            void useIntakeStore
              .getState()
              .attachFile(instanceId, name, value.kind as "bytes" | "image", file)
          }
        />
      ) : (
        <ValueEditor name={name} value={value} onChange={onChange} />
      )}
      {refusals?.map((refusal) => (
        <p key={refusal} className="field-error">
          ⚠ {refusal}
        </p>
      ))}
      {problem && !shownByEditor && <p className="field-error problem">⚠ {problem}</p>}
    </fieldset>
  );
}

const SELF_VALIDATING = new Set<InputKind>(["tensor", "scalar", "int", "float"]);
