import { useId } from "react";
import { useTranslation } from "react-i18next";
import { LOAD_LIMITS } from "../../load-test/load-limits";
import { useLoadTestStore } from "../../state/load-test-store";
import type { LoadSettingsText } from "../../load-test/parse-load-settings";

const FIELDS: readonly { field: keyof LoadSettingsText; label: string; note?: string }[] = [
  { field: "concurrency", label: "concurrency", note: "concurrencyNote" },
  { field: "instancesPerRequest", label: "instancesPerRequest", note: "instancesNote" },
  { field: "durationSeconds", label: "duration" },
  { field: "warmupSeconds", label: "warmup" },
];

/** The four load-test fields, each with its refusal beside it. */
export function LoadSettingsFields({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation("load-test");
  const fields = useLoadTestStore((s) => s.fields);
  const problems = useLoadTestStore((s) => s.problems);
  const setField = useLoadTestStore((s) => s.setField);
  const id = useId();
  return (
    <div className="load-test-fields">
      {FIELDS.map(({ field, label, note }) => {
        const problem = problems.find((p) => p.field === field);
        const inputId = `${id}-${field}`;
        const noteId = `${inputId}-note`;
        const errorId = `${inputId}-error`;
        return (
          <div className="load-test-field" key={field}>
            <label htmlFor={inputId}>{t(label)}</label>
            <input
              id={inputId}
              type="text"
              inputMode={field.endsWith("Seconds") ? "decimal" : "numeric"}
              value={fields[field]}
              disabled={disabled}
              aria-invalid={problem ? true : undefined}
              aria-describedby={
                [note ? noteId : "", problem ? errorId : ""].join(" ").trim() || undefined
              }
              onChange={(e) => setField(field, e.target.value)}
            />
            {note && (
              <span id={noteId} className="field-note">
                {t(note, {
                  max:
                    field === "concurrency"
                      ? LOAD_LIMITS.maxInFlight
                      : LOAD_LIMITS.maxInstancesPerRequest,
                })}
              </span>
            )}
            {problem && (
              <span id={errorId} className="field-error" role="alert">
                {t(problem.key, problem.values)}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
