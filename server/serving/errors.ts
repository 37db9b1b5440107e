/** A failure of the whole request: the reply carries exactly one error_msg and no instances. */
export class RequestError extends Error {
  override name = "RequestError";
}

/** A failure of one instance: the other instances of the request still get their results. */
export class InstanceError extends Error {
  override name = "InstanceError";
}
