/** A REST request Serving refuses while parsing it; the message is Serving's own text. */
export class RestInputError extends Error {
  override name = "RestInputError";
}
