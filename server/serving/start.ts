import { fileURLToPath } from "node:url";
import * as grpc from "@grpc/grpc-js";
import { STAND_IN_MODEL_HEADER, UNTRAINED_MODEL_VALUE } from "../../protocol/stand-in-model-header";
import { acceptIdentityOnly } from "./accept-identity-only";
import { describeServing } from "./describe-serving";
import { loadServables } from "./load-servables";
import { createPredictor } from "./predict";
import { createPredictHandler, msServiceDefinition } from "./predict-service";
import { startRestServer, type RunningRestServer } from "./rest/rest-server";
import { DEFAULT_MODEL_CACHE } from "./seeded-model-cache";
import { loadServingTls, type ServingTlsFiles } from "./tls/load-serving-tls";
import type { WireMode } from "./decode-request";
import type { Servable } from "./servable-types";

/** Options of startServing; every one has the default of `npm run serving`. */
export interface ServingOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 5500; 0 picks a free port. */
  port?: number;
  /** Default "any": both wire versions on one port. */
  wire?: WireMode;
  /** Default 32. */
  maxBatch?: number;
  /** Default 10000 requests in flight, as Serving's `max_enqueued_requests`. */
  maxEnqueued?: number;
  /** Default 100 (MiB), as Serving's `max_msg_mb_size` (1–512); larger messages get RESOURCE_EXHAUSTED. */
  maxMessageMb?: number;
  /** Default server/servables. */
  servablesDir?: string;
  /** A trained classifier .onnx run by the resnet50 servable instead of its own model. */
  resnet50Model?: string;
  /** Port of the REST API (`POST /model/...`); 0 picks a free port. Default: no REST server. */
  restPort?: number;
  /** Serve gRPC and REST over TLS (mutual TLS with verifyClient), as Serving's SSLConfig does. */
  tls?: ServingTlsFiles;
  /** Default false: print the address and the servables. */
  quiet?: boolean;
}

/** A running stand-in Serving. */
export interface RunningServing {
  /** "host:port" as bound, e.g. "127.0.0.1:5500". */
  address: string;
  port: number;
  /** The REST API's base URL, e.g. "http://127.0.0.1:1500", when restPort was given. */
  restUrl?: string;
  restPort?: number;
  /** The loaded servables, for banners and checks. */
  servables: readonly Servable[];
  /** Requests admitted and not yet answered. */
  readonly pending: number;
  /** Finishes in-flight calls, refuses new ones, releases the models. */
  close(): Promise<void>;
}

const DEFAULT_SERVABLES = fileURLToPath(new URL("../servables", import.meta.url));

/** Returns a started stand-in Serving once its models are loaded and its port is bound. Throws when either fails. */
export async function startServing(options: ServingOptions = {}): Promise<RunningServing> {
  const host = options.host ?? "127.0.0.1";
  const tls = options.tls ? loadServingTls(options.tls) : undefined;
  const maxMessageBytes = Math.round((options.maxMessageMb ?? 100) * 1024 * 1024);
  const servables = await loadServables({
    servablesDir: options.servablesDir ?? DEFAULT_SERVABLES,
    cacheDir: DEFAULT_MODEL_CACHE,
    modelOverrides: options.resnet50Model ? { resnet50: options.resnet50Model } : {},
  });
  const predictor = createPredictor(servables, {
    maxBatch: options.maxBatch ?? 32,
    maxEnqueued: options.maxEnqueued ?? 10000,
  });
  const server = new grpc.Server({
    "grpc.max_receive_message_length": maxMessageBytes,
    "grpc.max_send_message_length": maxMessageBytes,
  });
  acceptIdentityOnly(server);
  server.addService(msServiceDefinition, {
    Predict: createPredictHandler(predictor, options.wire ?? "any"),
  });
  const bindHost = host.includes(":") ? `[${host}]` : host;
  const releaseModels = () =>
    Promise.all(servables.flatMap((s) => [...s.versions.values()].map((v) => v.model.release())));
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(
        `${bindHost}:${options.port ?? 5500}`,
        tls
          ? grpc.ServerCredentials.createSsl(
              tls.ca ?? null,
              [{ cert_chain: tls.cert, private_key: tls.key }],
              tls.verifyClient,
            )
          : grpc.ServerCredentials.createInsecure(),
        (error, bound) => (error ? reject(error) : resolve(bound)),
      ),
    );
  } catch (error) {
    server.forceShutdown();
    await releaseModels();
    throw error;
  }
  let rest: RunningRestServer | undefined;
  if (options.restPort !== undefined) {
    try {
      rest = await startRestServer(
        {
          host,
          port: options.restPort,
          maxBodyBytes: maxMessageBytes,
          tls,
          replyHeaders: (request): Record<string, string> =>
            predictor.usesUntrainedModel(request)
              ? { [STAND_IN_MODEL_HEADER]: UNTRAINED_MODEL_VALUE }
              : {},
        },
        (request) => predictor.predict(request),
      );
    } catch (error) {
      server.forceShutdown();
      await releaseModels();
      throw error;
    }
  }
  const address = `${bindHost}:${port}`;
  if (!options.quiet) {
    process.stdout.write(`${describeServing(address, servables).join("\n")}\n`);
    if (rest) {
      process.stdout.write(`REST API on ${rest.url}/model/<servable>[/version/<n>]:<method>\n`);
    }
  }
  let closing: Promise<void> | undefined;
  return {
    address,
    port,
    restUrl: rest?.url,
    restPort: rest?.port,
    servables,
    get pending() {
      return predictor.pending;
    },
    close() {
      closing ??= (async () => {
        const shutdown = Promise.all([
          new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
          rest?.close(),
        ]);
        // Requests Serving would never answer would hold the shutdown: answer them as its shutdown does.
        predictor.close();
        await shutdown;
        await releaseModels();
      })();
      return closing;
    },
  };
}
