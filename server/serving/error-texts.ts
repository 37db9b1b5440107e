// The whole-request and instance error texts, worded as MindSpore Serving words them (docs/architecture.md, "Serving fidelity").

/** Returns the text for a servable name (or version) that is not loaded. */
export function describeMissingServable(name: string, version?: number): string {
  return version === undefined
    ? `Request Servable(${name}), servable is not available`
    : `Request Servable(${name}) version(${version}), servable is not available`;
}

/** Returns the text for a method the servable does not declare. */
export function describeMissingMethod(name: string, method: string): string {
  return `Request Servable(${name}) method(${method}), method is not available`;
}

/** Returns the text for a request without instances. */
export function describeNoInstances(): string {
  return "Instances count of request cannot be 0";
}

/** Returns the text for a request that would overflow the waiting-instance limit. */
export function describeEnqueueLimit(limit: number): string {
  return `Serving Error: enqueued requests count exceeds the limit ${limit}`;
}

/** Returns the text for a declared input missing from an instance. */
export function describeMissingInput(input: string): string {
  return `Cannot find input ${input} in instance input`;
}

/** Returns the text for an instance input the method does not declare. */
export function describeUnknownInput(input: string, declared: readonly string[]): string {
  return `Input ${input} is not an input of the method, its inputs are ${declared.join(", ")}`;
}

/** Returns the text for a model input of the wrong data type. */
export function describeDtypeMismatch(index: number, given: string, wanted: string): string {
  return `Given model input ${index} data type ${given} not match the data type ${wanted} defined in model`;
}

/** Returns the text for a model input of the wrong byte size. */
export function describeSizeMismatch(index: number, given: number, wanted: number): string {
  return `Given model input ${index} size ${given} not match the size ${wanted} defined in model`;
}

/** Returns the text for a model input of the right size but the wrong shape. */
export function describeShapeMismatch(
  index: number,
  given: readonly number[],
  wanted: readonly number[],
): string {
  return `Given model input ${index} shape [${given.join(", ")}] not match the shape [${wanted.join(", ")}] defined in model`;
}
