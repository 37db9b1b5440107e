import { useTranslation } from "react-i18next";
import { checkAddress } from "../../code-export/check-address";
import type { ServingAddressTexts } from "../../state/serving-addresses-store";

/** The "Serving gRPC address" and "Serving REST address" fields, each with its problem. */
export function AddressFields({
  addresses,
  onChange,
}: {
  addresses: ServingAddressTexts;
  onChange: (patch: Partial<ServingAddressTexts>) => void;
}) {
  const { t } = useTranslation("code-export");
  return (
    <div className="code-addresses">
      <AddressField
        id="code-grpc-address"
        label={t("grpcAddress")}
        value={addresses.grpc}
        onChange={(grpc) => onChange({ grpc })}
      />
      <AddressField
        id="code-rest-address"
        label={t("restAddress")}
        value={addresses.rest}
        onChange={(rest) => onChange({ rest })}
      />
      <p className="field-note">{t("addressNote")}</p>
    </div>
  );
}

function AddressField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation("code-export");
  const problem = checkAddress(value);
  return (
    <div className="code-address">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error">
          {t(`addressProblem.${problem}`)}
        </p>
      )}
    </div>
  );
}
