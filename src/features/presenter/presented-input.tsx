import { useTranslation } from "react-i18next";
import { readCell } from "../../draft/array-cells";
import { useRunInputsStore, type SentInput, type SentInstance } from "../../state/run-inputs-store";
import { elementTiming, PRESENTER_ELEMENT_TIMING } from "./presenter-element-timing";

// Matrices up to this many cells are shown whole; larger ones by their size only.
const MAX_CELLS = 64;

/** The input of the presented instance: its image large, its matrices, or its values. */
export function PresentedInput(props: { sent: SentInstance }) {
  return props.sent.inputs.map((input) => <PresentedPart key={input.name} input={input} />);
}

function PresentedPart(props: { input: SentInput }) {
  const { input } = props;
  const { t } = useTranslation("presenter");
  const imageUrl = useRunInputsStore((s) => s.imageUrl);
  switch (input.kind) {
    case "image": {
      const url = imageUrl(input.fileId);
      return (
        <figure className="presenter-figure">
          {url && (
            <img
              src={url}
              alt={input.fileName}
              decoding="async"
              {...elementTiming(PRESENTER_ELEMENT_TIMING.photo)}
            />
          )}
          <figcaption>{input.fileName}</figcaption>
        </figure>
      );
    }
    case "tensor": {
      const { draft } = input;
      if (draft.editor !== "nd" && draft.rows * draft.cols <= MAX_CELLS) {
        return (
          <table className="presenter-matrix">
            <caption>{input.name}</caption>
            <tbody>
              {Array.from({ length: draft.rows }, (_, r) => (
                <tr key={r}>
                  {Array.from({ length: draft.cols }, (_, c) => (
                    <td key={c}>{readCell(draft.cells, r * draft.cols + c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
      return <p>{t("matrix", { name: input.name, rows: draft.rows, columns: draft.cols })}</p>;
    }
    case "bytes":
      return <p>{t("file", { name: input.name })}</p>;
    case "value":
      return (
        <p>
          {input.name} = {input.text}
        </p>
      );
  }
}
