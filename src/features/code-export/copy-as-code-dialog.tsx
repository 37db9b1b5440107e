import { useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { defaultAddress } from "../../code-export/check-address";
import { zipSnippet } from "../../code-export/snippet-zip";
import { closeCopyAsCode, useCodeExportStore } from "../../state/code-export-store";
import { gatewayKey, useServingAddressesStore } from "../../state/serving-addresses-store";
import { downloadBytes } from "../../ui/download-bytes";
import { AddressFields } from "./address-fields";
import { CodeTargetTabs } from "./code-target-tabs";
import { CopyButton } from "./copy-button";
import { snippetZipName } from "./snippet-zip-name";
import { useDialogFocus } from "./use-dialog-focus";
import { useSnippet } from "./use-snippet";
import type { CodeTarget } from "../../code-export/code-targets";
import type { CodeExportSource } from "../../code-export/export-request";
import type { ServingAddressTexts } from "../../state/serving-addresses-store";
import "./code-export.css";

/** The "Copy as code" dialog, shown while the code export store holds a source. */
export function CopyAsCodeDialog() {
  const source = useCodeExportStore((s) => s.source);
  return source ? <CopyAsCodeContent source={source} /> : null;
}

function CopyAsCodeContent({ source }: { source: CodeExportSource }) {
  const { t } = useTranslation("code-export");
  const [target, setTarget] = useState<CodeTarget>("python-1.3");
  const dialogRef = useRef<HTMLDivElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  useDialogFocus(dialogRef, tabRef, closeCopyAsCode);
  const id = useId();
  const gateway = source.gatewayUrl ?? "";
  const stored = useServingAddressesStore((s) => s.byGateway[gatewayKey(gateway)]);
  const grpc = stored?.grpc ?? defaultAddress(gateway, 5500);
  const rest = stored?.rest ?? defaultAddress(gateway, 1500);
  const addresses = useMemo(() => ({ grpc, rest }), [grpc, rest]);
  const state = useSnippet(source, target, addresses);
  const onAddressChange = (patch: Partial<ServingAddressTexts>) =>
    useServingAddressesStore.getState().setAddresses(gateway, { ...addresses, ...patch });
  const snippet = state.kind === "ready" ? state.snippet : undefined;
  const panelId = `${id}-panel`;
  return (
    <div className="code-export-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="code-export-dialog"
      >
        <div className="code-export-head">
          <h2 id={`${id}-title`}>{t("title")}</h2>
          <button type="button" onClick={closeCopyAsCode}>
            {t("close")}
          </button>
        </div>
        <AddressFields addresses={addresses} onChange={onAddressChange} />
        <CodeTargetTabs
          selected={target}
          onSelect={setTarget}
          selectedRef={tabRef}
          panelId={panelId}
        />
        <div role="tabpanel" id={panelId} aria-labelledby={`${panelId}-${target}`}>
          <p className="field-note">{t(`note.${target.replace(".", "")}`)}</p>
          <StateMessage state={state} />
          <label htmlFor={`${id}-code`} className="code-label">
            {t("code")}
          </label>
          <textarea
            id={`${id}-code`}
            className="code-box"
            readOnly
            spellCheck={false}
            wrap="off"
            rows={16}
            value={snippet?.code ?? ""}
          />
          <div className="code-actions">
            <CopyButton text={snippet?.code} />
            <button
              type="button"
              disabled={!snippet}
              onClick={() => {
                if (snippet) {
                  downloadBytes(
                    zipSnippet(snippet),
                    snippetZipName(source, target),
                    "application/zip",
                  );
                }
              }}
            >
              {t("download")}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function StateMessage({ state }: { state: ReturnType<typeof useSnippet> }) {
  const { t } = useTranslation("code-export");
  switch (state.kind) {
    case "ready":
      return null;
    case "draft-problems":
      return (
        <div className="field-error" role="alert">
          <p>{t("draftProblems")}</p>
          <ul>
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      );
    case "address":
      return (
        <p className="field-error" role="alert">
          {t(state.field === "grpc" ? "fixGrpcAddress" : "fixRestAddress")}
        </p>
      );
    case "target-error":
      return (
        <p className="field-error" role="alert">
          {t("targetError", { error: state.error })}
        </p>
      );
  }
}
