import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLoadTestStore } from "../../state/load-test-store";

/** Asks before a load test is run against a gateway that is not on this machine. */
export function RemoteGatewayPrompt() {
  const { t } = useTranslation("load-test");
  const host = useLoadTestStore((s) => s.confirmHost) ?? "";
  const { confirm, dismiss } = useLoadTestStore.getState();
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="load-test-confirm"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
    >
      <h3 id={titleId}>{t("confirmTitle")}</h3>
      <p id={textId}>{t("confirmText", { host })}</p>
      <button type="button" className="primary" onClick={() => void confirm()}>
        {t("confirmYes")}
      </button>
      <button type="button" ref={cancelRef} onClick={dismiss}>
        {t("confirmNo")}
      </button>
    </div>
  );
}
