import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";

/** Where the stand-in's TLS material lives, as `--tls-cert`, `--tls-key`, `--tls-ca` and `--verify-client` give it. */
export interface ServingTlsFiles {
  /** PEM certificate chain, the server's own certificate first. */
  readonly certFile: string;
  /** PEM private key of that certificate. */
  readonly keyFile: string;
  /** PEM root certificates that client certificates must chain to; required with verifyClient. */
  readonly caFile?: string;
  /** Require and verify a client certificate (mutual TLS). */
  readonly verifyClient?: boolean;
}

/** The checked PEM bytes of a ServingTlsFiles. */
export interface ServingTls {
  readonly cert: Buffer;
  readonly key: Buffer;
  /** Present only when client certificates are verified. */
  readonly ca?: Buffer;
  readonly verifyClient: boolean;
}

function readPem(file: string, failure: string, check: (pem: Buffer) => unknown): Buffer {
  try {
    const pem = readFileSync(file);
    check(pem);
    return pem;
  } catch (error) {
    throw new Error(failure, { cause: error });
  }
}

/**
 * Returns the TLS material of `files`, read and checked before any port is bound. Throws with Serving's texts
 * ("Serving Error: load certificate_chain from FILE failed", ...) for a missing or unreadable file, a key that
 * is not the certificate's, and verifyClient without a CA.
 */
export function loadServingTls(files: ServingTlsFiles): ServingTls {
  const verifyClient = files.verifyClient ?? false;
  if (verifyClient && !files.caFile) {
    throw new Error(
      "Serving Error: verify_client needs custom_ca, the root certificates of the clients",
    );
  }
  let certificate: X509Certificate | undefined;
  const cert = readPem(
    files.certFile,
    `Serving Error: load certificate_chain from ${files.certFile} failed`,
    (pem) => {
      certificate = new X509Certificate(pem);
    },
  );
  const key = readPem(
    files.keyFile,
    `Serving Error: load private_key from ${files.keyFile} failed`,
    (pem) => createPrivateKey(pem),
  );
  if (!certificate?.checkPrivateKey(createPrivateKey(key))) {
    throw new Error(
      `Serving Error: private_key is not consistent with certificate ${files.certFile}`,
    );
  }
  // As in Serving, the CA is used only to verify clients; without verifyClient it is ignored.
  const ca =
    verifyClient && files.caFile
      ? readPem(
          files.caFile,
          `Serving Error: load root certificate from ${files.caFile} failed`,
          (pem) => new X509Certificate(pem),
        )
      : undefined;
  return { cert, key, ca, verifyClient };
}
