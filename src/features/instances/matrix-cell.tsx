import { useTranslation } from "react-i18next";
import type { ParsedElement } from "../../draft/parse-element";
import type { ClipboardEvent, CSSProperties, KeyboardEvent } from "react";

/** One element of the matrix editor: its text box, a mark when invalid, and the float16 value sent. */
export function MatrixCell(props: {
  index: number;
  label: string;
  text: string;
  parsed: ParsedElement;
  /** Where the grid places the cell. */
  style: CSSProperties;
  /** Says what a cell sends where it differs from its text (a float16 rounding); translated by the grid, once. */
  describeSent: (sent: string) => string;
  /** Receives the text box, to focus a cell the keyboard moved to. */
  attach?: (input: HTMLInputElement | null) => void;
  onText: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
}) {
  const { index, label, text, parsed, style, attach, onText, onKeyDown, onPaste } = props;
  return (
    <div className={parsed.ok ? "matrix-cell" : "matrix-cell cell-invalid"} style={style}>
      <input
        ref={attach}
        data-index={index}
        aria-label={label}
        aria-invalid={!parsed.ok}
        title={parsed.ok ? parsed.sent && props.describeSent(parsed.sent) : parsed.error}
        value={text}
        size={6}
        spellCheck={false}
        onChange={(e) => onText(e.target.value)}
        // Entering a cell selects its text, so typing replaces it as in a spreadsheet.
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {!parsed.ok && (
        <span className="cell-flag" aria-hidden="true">
          !
        </span>
      )}
      {parsed.ok && parsed.sent && (
        <small className="cell-sent">→ {Number(parsed.sent).toPrecision(5)}</small>
      )}
    </div>
  );
}

/** Lists the first invalid cells of a grid with their reasons (the mark alone is not enough). */
export function CellErrors(props: { errors: string[] }) {
  const { errors } = props;
  const { t } = useTranslation("instances");
  if (errors.length === 0) {
    return null;
  }
  return (
    <ul className="field-error">
      {errors.slice(0, 5).map((e) => (
        <li key={e}>⚠ {e}</li>
      ))}
      {errors.length > 5 && <li>{t("tensor.more", { count: errors.length - 5 })}</li>}
    </ul>
  );
}
