import type { ParsedElement } from "../../draft/parse-element";
import type { ClipboardEvent, KeyboardEvent } from "react";

/** One element of the matrix editor: its text box, a mark when invalid, and the float16 value sent. */
export function MatrixCell(props: {
  index: number;
  label: string;
  text: string;
  parsed: ParsedElement;
  onText: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
}) {
  const { index, label, text, parsed } = props;
  return (
    <td className={parsed.ok ? undefined : "cell-invalid"}>
      <input
        data-index={index}
        aria-label={label}
        aria-invalid={!parsed.ok}
        title={parsed.ok ? parsed.sent && `sends ${parsed.sent}` : parsed.error}
        value={text}
        size={6}
        spellCheck={false}
        onChange={(e) => props.onText(e.target.value)}
        onKeyDown={props.onKeyDown}
        onPaste={props.onPaste}
      />
      {!parsed.ok && (
        <span className="cell-flag" aria-hidden="true">
          !
        </span>
      )}
      {parsed.ok && parsed.sent && (
        <small className="cell-sent">→ {Number(parsed.sent).toPrecision(5)}</small>
      )}
    </td>
  );
}

/** Lists the first invalid cells of a grid with their reasons (the mark alone is not enough). */
export function CellErrors(props: { errors: string[] }) {
  const { errors } = props;
  if (errors.length === 0) {
    return null;
  }
  return (
    <ul className="field-error">
      {errors.slice(0, 5).map((e) => (
        <li key={e}>⚠ {e}</li>
      ))}
      {errors.length > 5 && <li>and {errors.length - 5} more</li>}
    </ul>
  );
}
