/** A failure of the whole request: the reply carries exactly one error_msg and no instances. */
export class RequestError extends Error {
  override name = "RequestError";
}

/** A failure of one instance in Serving's own (C++) checks: its text is sent as it is. */
export class InstanceError extends Error {
  override name = "InstanceError";
}

/**
 * A failure of one instance inside a Python preprocess function of the real servable; the reply words it per
 * Serving generation, naming `functionName` (e.g. "preprocess_eager") where the generation does.
 */
export class PreprocessError extends Error {
  override name = "PreprocessError";

  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
  }
}
