/** The `grpc` namespace of @improbable-eng/grpc-web, found under a bundler and under Node's ESM loader alike. */
import * as grpcWeb from "@improbable-eng/grpc-web";

type GrpcWeb = typeof grpcWeb;

// Node's ESM loader (tsx scripts) sees this CommonJS bundle's exports only as `default`;
// bundlers and vitest name them.
const loaded: GrpcWeb =
  "grpc" in grpcWeb && grpcWeb.grpc !== undefined
    ? grpcWeb
    : (grpcWeb as unknown as { default: GrpcWeb }).default;

/** The library's runtime `grpc` namespace (unary calls, status codes). */
export const grpcRuntime: GrpcWeb["grpc"] = loaded.grpc;
