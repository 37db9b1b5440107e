import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../../state/connection-store";

/**
 * The largest file accepted as a bytes or image input, in MB. The field keeps what is typed while
 * it has focus, so it can be cleared and retyped; only a positive number becomes the limit.
 */
export function FileLimitField() {
  const { t } = useTranslation("connection");
  const fileLimitMb = useConnectionStore((s) => s.fileLimitMb);
  const { update } = useConnectionStore.getState();
  // Text as typed during an edit; undefined shows the stored limit.
  const [typed, setTyped] = useState<string>();
  return (
    <label>
      {t("fileLimit")}
      <input
        type="number"
        min={0.001}
        step="any"
        value={typed ?? fileLimitMb}
        aria-invalid={typed !== undefined && !(Number(typed) > 0)}
        onChange={(e) => {
          setTyped(e.target.value);
          // A limit of zero or less would refuse every file; keep the last usable one.
          const mb = Number(e.target.value);
          if (mb > 0) {
            update({ fileLimitMb: mb });
          }
        }}
        onBlur={() => setTyped(undefined)}
      />
    </label>
  );
}
