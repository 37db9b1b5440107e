import { useTranslation } from "react-i18next";

/** The id of the element the skip link moves focus to: the main column, which opens with the instances. */
export const INSTANCES_ANCHOR = "instances";

/** "Skip to instances": the first Tab stop, hidden until focused, past the header and the connection. */
export function SkipLink() {
  const { t } = useTranslation("app");
  return (
    <a className="skip-link" href={`#${INSTANCES_ANCHOR}`}>
      {t("skipToInstances")}
    </a>
  );
}
