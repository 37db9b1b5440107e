/** The response header (gRPC initial metadata) marking a reply computed by the seeded, untrained model. */
export const STAND_IN_MODEL_HEADER = "x-stand-in-model";

/** The value of STAND_IN_MODEL_HEADER: the labels of such a reply are random. */
export const UNTRAINED_MODEL_VALUE = "untrained";
