/** The Serving proto files a grpcurl download carries, by their path in the repository. */
import proto13 from "../../../proto/ms_service.proto?raw";
import proto12 from "../../../proto/serving-1.2/ms_service.proto?raw";
import type { ProtoTexts } from "../../code-export/code-targets";

/** The proto of each wire layout, keyed as `protoPath` names them. */
export const PROTO_TEXTS: ProtoTexts = {
  "proto/ms_service.proto": proto13,
  "proto/serving-1.2/ms_service.proto": proto12,
};
