import { useTranslation } from "react-i18next";
import { useRunInputsStore, type SentInstance } from "../../state/run-inputs-store";
import { summarizeSentInputs } from "./summarize-sent-inputs";

/** Shows what one instance sent: its images (thumbnail and file name) and a one-line summary of the rest. */
export function SentInputView(props: { sent: SentInstance }) {
  const { t } = useTranslation("results");
  const imageUrl = useRunInputsStore((s) => s.imageUrl);
  const images = props.sent.inputs.flatMap((input) => (input.kind === "image" ? [input] : []));
  const others = props.sent.inputs.filter((input) => input.kind !== "image");
  return (
    <div className="results-input">
      <span className="visually-hidden">{t("card.input")}: </span>
      {images.map((image) => {
        const url = imageUrl(image.fileId);
        return (
          <figure key={image.name} className="results-input-image">
            {url && <img src={url} alt={image.fileName} className="thumbnail" decoding="async" />}
            <figcaption>{image.fileName}</figcaption>
          </figure>
        );
      })}
      {others.length > 0 && (
        <p className="results-input-summary">{summarizeSentInputs(others, t)}</p>
      )}
    </div>
  );
}
