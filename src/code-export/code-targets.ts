/** The targets "Copy as code" offers, and the generator behind each. */
import { generateCurl } from "./curl-snippet";
import { generateGrpcurl, protoPath } from "./grpcurl-snippet";
import { generatePython } from "./python-snippet";
import { generateTypescript } from "./typescript-snippet";
import type { ExportRequest } from "./export-request";
import type { ServingAddresses, Snippet } from "./snippet";

/** Every target, in tab order. */
export const CODE_TARGETS = ["python-1.3", "python-1.2", "curl", "grpcurl", "typescript"] as const;

/** One code target. */
export type CodeTarget = (typeof CODE_TARGETS)[number];

/** The proto source text of each wire layout, by its path in the repository. */
export type ProtoTexts = Readonly<Record<string, string>>;

/** Returns the snippet of `target`; throws when a value cannot be written for it (the message says why). */
export function generateSnippet(
  target: CodeTarget,
  request: ExportRequest,
  addresses: ServingAddresses,
  protos: ProtoTexts,
): Snippet {
  switch (target) {
    case "python-1.3":
      return generatePython(request, "1.3", addresses.grpc.trim());
    case "python-1.2":
      return generatePython(request, "1.2", addresses.grpc.trim());
    case "curl":
      return generateCurl(request, addresses.rest.trim());
    case "grpcurl":
      return generateGrpcurl(request, addresses.grpc.trim(), protos[protoPath(request.wire)] ?? "");
    case "typescript":
      return generateTypescript(request);
  }
}
