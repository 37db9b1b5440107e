/** The grpcurl command calling MSService.Predict with the request as protobuf JSON. */
import { encodeInstances } from "../serving/encode-instances";
import { toInstances } from "./curl-snippet";
import { predictRequestJson } from "./grpcurl-request-json";
import { shellQuote } from "./shell-quote";
import type { ExportRequest } from "./export-request";
import type { Snippet } from "./snippet";

/** Returns where the proto of a wire version sits in the download (and in the repository). */
export function protoPath(wire: ExportRequest["wire"]): string {
  return wire === "1.2" ? "proto/serving-1.2/ms_service.proto" : "proto/ms_service.proto";
}

/**
 * Returns the grpcurl command for the request, with the proto of its wire version (`protoText`)
 * among the files; throws InvalidInputError for a value the client refuses.
 */
export function generateGrpcurl(
  request: ExportRequest,
  grpcAddress: string,
  protoText: string,
): Snippet {
  const json = predictRequestJson(
    { name: request.servable, methodName: request.method, version: Number(request.version) },
    encodeInstances(toInstances(request)),
  );
  const proto = protoPath(request.wire);
  // The JSON never has a line that is just EOF: every line holds a bracket or a quote.
  const code = [
    `grpcurl -plaintext -proto ${proto} -d @ ${shellQuote(grpcAddress)} mindspore.serving.proto.MSService/Predict <<'EOF'`,
    json,
    "EOF",
    "",
  ].join("\n");
  return {
    fileName: "grpcurl.sh",
    code,
    files: { [proto]: new TextEncoder().encode(protoText) },
  };
}
