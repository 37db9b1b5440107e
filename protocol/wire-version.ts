/** The MSService wire versions: the field number of PredictRequest.instances differs between them. */

/** Which MSService encoding to speak: "1.3" for Serving ≥ 1.3, "1.2" for 1.1–1.2. */
export type WireVersion = "1.3" | "1.2";
