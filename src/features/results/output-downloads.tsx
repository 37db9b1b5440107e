import { useTranslation } from "react-i18next";
import { safeFileName } from "../../tensor-files/archive/archive-paths";
import { outputArray } from "../../tensor-files/output-array";
import { writeCsv } from "../../tensor-files/write-csv";
import { writeNpy } from "../../tensor-files/write-npy";
import { writeNpz } from "../../tensor-files/write-npz";
import { downloadBytes } from "../../ui/download-bytes";
import { runArrays } from "./output-array";
import type { InstanceResult, OutputValue } from "../../serving/types";

/** Buttons that save one numeric output as `.npy`, and as CSV when it is 1-D or 2-D. */
export function OutputDownloads(props: { name: string; number: number; output: OutputValue }) {
  const { name, number, output } = props;
  const { t } = useTranslation("results");
  const array = outputArray(output);
  if (!array) {
    return null;
  }
  const base = `${safeFileName(name, "output")}-result${number}`;
  return (
    <div className="toolbar results-downloads">
      <button
        type="button"
        aria-label={t("downloads.npy", { name, number })}
        onClick={() => downloadBytes(writeNpy(array), `${base}.npy`, "application/octet-stream")}
      >
        .npy
      </button>
      {array.shape.length >= 1 && array.shape.length <= 2 && (
        <button
          type="button"
          aria-label={t("downloads.csv", { name, number })}
          onClick={() => downloadBytes(writeCsv(array), `${base}.csv`, "text/csv")}
        >
          CSV
        </button>
      )}
    </div>
  );
}

/** A button that saves every numeric output of the run as one `.npz` (`instance0/y` and so on). */
export function RunDownload(props: { instances: readonly InstanceResult[] }) {
  const { t } = useTranslation("results");
  const arrays = runArrays(props.instances);
  if (arrays.size === 0) {
    return null;
  }
  return (
    <button
      type="button"
      onClick={() => downloadBytes(writeNpz(arrays), "outputs.npz", "application/octet-stream")}
    >
      {t("downloadAll")}
    </button>
  );
}
