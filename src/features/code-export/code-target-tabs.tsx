import { useTranslation } from "react-i18next";
import { CODE_TARGETS, type CodeTarget } from "../../code-export/code-targets";
import type { KeyboardEvent, RefObject } from "react";

/** The tab list of code targets; arrow keys, Home and End move between tabs (roving tabindex). */
export function CodeTargetTabs({
  selected,
  onSelect,
  selectedRef,
  panelId,
}: {
  selected: CodeTarget;
  onSelect: (target: CodeTarget) => void;
  selectedRef: RefObject<HTMLButtonElement | null>;
  panelId: string;
}) {
  const { t } = useTranslation("code-export");
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = CODE_TARGETS.indexOf(selected);
    const last = CODE_TARGETS.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % CODE_TARGETS.length
        : event.key === "ArrowLeft"
          ? (index + last) % CODE_TARGETS.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    const target = next === undefined ? undefined : CODE_TARGETS[next];
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    onSelect(target);
    // Every tab is rendered already, so focus can follow the selection at once.
    document.getElementById(`${panelId}-${target}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t("targets")} className="code-tabs">
      {CODE_TARGETS.map((target) => (
        <button
          key={target}
          type="button"
          role="tab"
          id={`${panelId}-${target}`}
          aria-selected={target === selected}
          aria-controls={panelId}
          tabIndex={target === selected ? 0 : -1}
          ref={target === selected ? selectedRef : undefined}
          onClick={() => onSelect(target)}
          onKeyDown={onKeyDown}
        >
          {t(`tab.${target.replace(".", "")}`)}
        </button>
      ))}
    </div>
  );
}
