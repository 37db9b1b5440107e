import type { ServingTlsFiles } from "./load-serving-tls";

/** The TLS flags of `npm run serving`, as parseArgs returns them. */
export interface TlsFlagValues {
  readonly "tls-cert"?: string;
  readonly "tls-key"?: string;
  readonly "tls-ca"?: string;
  readonly "verify-client"?: boolean;
}

/**
 * Returns the TLS files the flags name, or undefined without `--tls-cert`/`--tls-key`. Throws when one of
 * the pair is missing, or `--tls-ca`/`--verify-client` come without them, or `--verify-client` lacks `--tls-ca`.
 */
export function readTlsFlags(values: TlsFlagValues): ServingTlsFiles | undefined {
  const certFile = values["tls-cert"];
  const keyFile = values["tls-key"];
  const caFile = values["tls-ca"];
  const verifyClient = values["verify-client"] ?? false;
  if (certFile === undefined && keyFile === undefined) {
    if (caFile !== undefined || verifyClient) {
      throw new Error("--tls-ca and --verify-client need --tls-cert and --tls-key");
    }
    return undefined;
  }
  if (certFile === undefined || keyFile === undefined) {
    throw new Error("--tls-cert and --tls-key go together");
  }
  if (verifyClient && caFile === undefined) {
    throw new Error(
      "--verify-client needs --tls-ca, the root certificates client certificates must chain to",
    );
  }
  return { certFile, keyFile, caFile, verifyClient };
}
