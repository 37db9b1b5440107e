/** ServingClient: the browser (and Node) counterpart of mindspore_serving.client.Client. */
import { describeGrpcStatus, grpcStatusName } from "../../protocol/grpc-status";
import { callPredict } from "./call-predict";
import { checkName, checkTimeout, checkUrl, checkVersion, checkWire } from "./check-target";
import { decodeOffThread, prepareReplyDecoder } from "./decode-off-thread";
import { encodeInstances } from "./encode-instances";
import { encodeOffThread } from "./encode-off-thread";
import { inferRest } from "./infer-rest";
import type { WireSpec } from "../../protocol/wire-tensor";
import type { InferExchange, InferOptions, InferResult, Instance, ServingTarget } from "./types";
import type { grpc } from "@improbable-eng/grpc-web";

/** Calls MSService.Predict of one servable method through a gRPC-Web endpoint. */
export class ServingClient {
  readonly target: ServingTarget;
  private readonly transport: grpc.TransportFactory | undefined;

  /** Binds the client to a target; `transport` defaults to grpc-web's browser transport. */
  constructor(target: ServingTarget, transport?: grpc.TransportFactory) {
    this.target = target;
    this.transport = transport;
  }

  /**
   * Returns the result for one instance or a list. Rejects with InvalidInputError before sending
   * when an instance cannot be encoded, and with an AbortError DOMException when aborted;
   * Serving and transport failures resolve as `{ok: false}`.
   */
  async infer(
    instances: Instance | readonly Instance[],
    options?: InferOptions,
  ): Promise<InferResult> {
    return (await this.inferDetailed(instances, options)).result;
  }

  /** Like `infer`, plus byte counts, elapsed time and JSON views of both messages. */
  async inferDetailed(
    instances: Instance | readonly Instance[],
    options: InferOptions = {},
  ): Promise<InferExchange> {
    const wire = checkWire(this.target.wire);
    const spec: WireSpec = {
      name: checkName("servable", this.target.servable),
      methodName: checkName("method", this.target.method),
      version: checkVersion(this.target.version),
    };
    const url = checkUrl(this.target.url);
    checkTimeout(options.timeoutMs);
    if (this.target.transport === "rest") {
      return inferRest({
        url,
        spec,
        instances: encodeInstances(instances),
        headers: this.target.metadata,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        maxReplyBytes: options.maxReplyBytes,
      });
    }
    // Encoding a large request takes long enough to freeze the page, so it runs in a worker.
    prepareReplyDecoder();
    const { request, requestJson, instanceCount } = await encodeOffThread(
      { wire, spec, instances },
      options.signal,
    );
    options.onRequestBytes?.(request instanceof Uint8Array ? request.byteLength : request.size);
    const started = performance.now();
    const outcome = await callPredict({
      url,
      request,
      metadata: this.target.metadata,
      transport: this.transport,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      onReceived: options.onReceived,
    });
    const requestBytes = request instanceof Uint8Array ? request.byteLength : request.size;
    const elapsedMs = performance.now() - started;
    const base = { wire, requestBytes, elapsedMs, requestJson };
    if (!outcome.ok) {
      const result: InferResult = {
        ok: false,
        cause: outcome.cause,
        error: describeGrpcStatus(outcome.status, outcome.message),
        grpcStatus: outcome.status,
        grpcStatusName: grpcStatusName(outcome.status),
      };
      return { ...base, result, replyBytes: 0, replyJson: null };
    }
    const replyBytes = outcome.reply.byteLength;
    // Decoding a reply of megabytes takes long enough to freeze the page, so it runs in a worker
    // (which takes over the reply's bytes).
    const { result, replyJson } = await decodeOffThread(
      { wire, reply: outcome.reply, instanceCount },
      options.signal,
    );
    return {
      ...base,
      result,
      replyBytes,
      replyJson,
      ...(outcome.untrainedModel ? { untrainedModel: true } : {}),
    };
  }
}
