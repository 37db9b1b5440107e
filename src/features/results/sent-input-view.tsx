import { useTranslation } from "react-i18next";
import { canShowThumbnails } from "../../ui/thumbnail-urls";
import { useThumbnailUrl } from "../../ui/use-thumbnail-url";
import { summarizeSentInputs } from "./summarize-sent-inputs";
import type { SentInput, SentInstance } from "../../state/run-inputs-store";

/** Shows what one instance sent: its images (thumbnail and file name) and a one-line summary of the rest. */
export function SentInputView(props: { sent: SentInstance }) {
  const { t } = useTranslation("results");
  const images = props.sent.inputs.flatMap((input) => (input.kind === "image" ? [input] : []));
  const others = props.sent.inputs.filter((input) => input.kind !== "image");
  return (
    <div className="results-input">
      <span className="visually-hidden">{t("card.input")}: </span>
      {images.map((image) => (
        <SentImage key={image.name} image={image} />
      ))}
      {others.length > 0 && (
        <p className="results-input-summary">{summarizeSentInputs(others, t)}</p>
      )}
    </div>
  );
}

// The thumbnail the instance card showed (the same URL): the result paints no new copy of the photo.
function SentImage(props: { image: Extract<SentInput, { kind: "image" }> }) {
  const { image } = props;
  const url = useThumbnailUrl(image.bytes, image.type);
  // Without object URLs (bare DOM shims) the file name alone stands for the photo.
  const shown = image.bytes !== undefined && canShowThumbnails();
  return (
    <figure className="results-input-image">
      {shown && (
        <img src={url} alt={image.fileName} className="thumbnail" decoding="async" loading="lazy" />
      )}
      <figcaption>{image.fileName}</figcaption>
    </figure>
  );
}
