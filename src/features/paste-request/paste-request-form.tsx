import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { parsePastedRequest } from "../../paste-request/parse-pasted-request";
import { PasteError } from "../../paste-request/paste-error";
import { applyPastedRequest, type UndoPaste } from "./apply-pasted-request";
import { restoreText, saveText } from "./remembered-text";
import type { PastedRequest } from "../../paste-request/pasted-request";

type Reading = { request: PastedRequest } | { error: string } | undefined;

function read(text: string): Reading {
  if (text.trim() === "") {
    return undefined;
  }
  try {
    return { request: parsePastedRequest(text) };
  } catch (error) {
    if (error instanceof PasteError) {
      return { error: error.message };
    }
    throw error;
  }
}

/** The Paste request dialog itself, loaded on first open with its parsers (lezer). */
export default function PasteRequestDialog(props: {
  onClose(): void;
  onApplied(message: string, undo: UndoPaste): void;
}) {
  const { t } = useTranslation("paste-request");
  const [text, setText] = useState(restoreText);
  const [clipboardError, setClipboardError] = useState<string>();
  const [applyError, setApplyError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reading = useMemo(() => read(text), [text]);
  const titleId = useId();
  const errorId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const { onClose } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        onClose();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  useEffect(() => saveText(text), [text]);
  const canReadClipboard = typeof navigator !== "undefined" && !!navigator.clipboard?.readText;
  const error = reading && "error" in reading ? reading.error : undefined;
  const request = reading && "request" in reading ? reading.request : undefined;
  const form = request ? t(`forms.${request.form}`) : "";

  const apply = async () => {
    if (!request) {
      return;
    }
    setBusy(true);
    try {
      const undo = await applyPastedRequest(request);
      saveText("");
      props.onApplied(t("applied", { count: request.instances.length, form }), undo);
    } catch (failure) {
      setApplyError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="paste-request-dialog">
      <h2 id={titleId}>{t("title")}</h2>
      <p className="field-note">{t("intro")}</p>
      <label>
        {t("textLabel")}
        <textarea
          ref={area}
          value={text}
          rows={12}
          spellCheck={false}
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setApplyError(undefined);
          }}
        />
      </label>
      <div className="paste-request-messages" aria-live="polite">
        {error && (
          <p id={errorId} className="field-error">
            {t("notRead", { message: error })}
          </p>
        )}
        {request && (
          <p className="field-note">{t("preview", { count: request.instances.length, form })}</p>
        )}
        {clipboardError && <p className="field-error">{clipboardError}</p>}
        {applyError && <p className="field-error">{t("notRead", { message: applyError })}</p>}
      </div>
      <div className="paste-request-buttons">
        {canReadClipboard && (
          <button
            type="button"
            onClick={() => {
              navigator.clipboard.readText().then(
                (pasted) => {
                  setClipboardError(undefined);
                  setText(pasted);
                },
                (reason: unknown) =>
                  setClipboardError(
                    t("clipboardRefused", {
                      reason: reason instanceof Error ? reason.message : String(reason),
                    }),
                  ),
              );
            }}
          >
            {t("readClipboard")}
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!request || busy}
          onClick={() => void apply()}
        >
          {t("apply")}
        </button>
        <button type="button" onClick={props.onClose}>
          {t("close")}
        </button>
      </div>
    </div>
  );
}
