/** The error `ServingClient.infer` rejects with when an instance cannot be encoded. */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
  /** 0-based index of the offending instance; undefined when the request as a whole is bad. */
  readonly instanceIndex: number | undefined;
  /** The offending input's name; undefined when the instance itself is bad. */
  readonly inputName: string | undefined;
  /** The reason without the instance/input prefix. */
  readonly reason: string;

  /** Builds `Instance N, input "x": reason` with N 1-based, as the UI numbers instances. */
  constructor(reason: string, instanceIndex?: number, inputName?: string) {
    super(formatLocation(instanceIndex, inputName) + reason);
    this.instanceIndex = instanceIndex;
    this.inputName = inputName;
    this.reason = reason;
  }
}

function formatLocation(instanceIndex?: number, inputName?: string): string {
  if (instanceIndex === undefined) {
    return "";
  }
  const where = `Instance ${instanceIndex + 1}`;
  return inputName === undefined ? `${where}: ` : `${where}, input ${JSON.stringify(inputName)}: `;
}
