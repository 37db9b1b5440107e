/**
 * TLS towards Serving as an Envoy cluster's `transport_socket` (UpstreamTlsContext) describes it: the CA that
 * verifies Serving, the client certificate for mutual TLS, SNI and the SAN names to accept.
 */
import { readFileSync } from "node:fs";
import { checkServerIdentity, type ConnectionOptions, type PeerCertificate } from "node:tls";
import { dig } from "./yaml-node";
import type { Node } from "./yaml-node";

/** The TLS settings of one cluster, with the PEM files already read. */
export interface UpstreamTls {
  readonly ca?: Buffer;
  readonly cert?: Buffer;
  readonly key?: Buffer;
  readonly sni?: string;
  /** DNS or IP names Serving's certificate must carry; empty = any name (Envoy checks the chain only). */
  readonly subjectAltNames: readonly string[];
  readonly alpn: readonly string[];
}

const TLS_CONTEXT = ".UpstreamTlsContext";

function readDataSource(source: unknown, what: string): Buffer | undefined {
  if (source === undefined) {
    return undefined;
  }
  const filename = dig(source, "filename");
  if (typeof filename === "string") {
    try {
      return readFileSync(filename);
    } catch (error) {
      throw new Error(`envoy config: cannot read ${what} ${filename}`, { cause: error });
    }
  }
  const inline = dig(source, "inline_string");
  if (typeof inline === "string") {
    return Buffer.from(inline);
  }
  throw new Error(`envoy config: ${what} needs a filename or inline_string`);
}

/**
 * Returns the TLS settings of a cluster, or undefined when it has no UpstreamTlsContext (plain text).
 * Throws naming the file when a certificate file cannot be read.
 */
export function readUpstreamTls(cluster: Node | undefined): UpstreamTls | undefined {
  const context = dig(cluster, "transport_socket", "typed_config") as Node | undefined;
  if (!context || !String(context["@type"]).endsWith(TLS_CONTEXT)) {
    return undefined;
  }
  const common = dig(context, "common_tls_context");
  const validation = dig(common, "validation_context");
  const pair = (dig(common, "tls_certificates") as unknown[] | undefined)?.[0];
  const names = (dig(validation, "match_typed_subject_alt_names") as unknown[] | undefined) ?? [];
  return {
    ca: readDataSource(dig(validation, "trusted_ca"), "trusted_ca"),
    cert: readDataSource(dig(pair, "certificate_chain"), "certificate_chain"),
    key: readDataSource(dig(pair, "private_key"), "private_key"),
    sni: typeof context.sni === "string" ? context.sni : undefined,
    subjectAltNames: names.map((n) => String(dig(n, "matcher", "exact") ?? "")).filter(Boolean),
    alpn: ((dig(common, "alpn_protocols") as unknown[] | undefined) ?? []).map(String),
  };
}

/** Returns Node TLS connection options that verify Serving as Envoy would with these settings. */
export function toConnectionOptions(tls: UpstreamTls): ConnectionOptions {
  return {
    ca: tls.ca,
    cert: tls.cert,
    key: tls.key,
    servername: tls.sni,
    ...(tls.alpn.length > 0 ? { ALPNProtocols: [...tls.alpn] } : {}),
    // Envoy verifies the chain only against trusted_ca, and names only against the SAN matchers.
    rejectUnauthorized: tls.ca !== undefined,
    checkServerIdentity: (host: string, certificate: PeerCertificate) => {
      if (tls.subjectAltNames.length === 0) {
        return undefined;
      }
      const errors = tls.subjectAltNames.map((name) => checkServerIdentity(name, certificate));
      return errors.some((e) => e === undefined)
        ? undefined
        : new Error(
            `Serving's certificate names none of ${tls.subjectAltNames.join(", ")} (connecting to ${host})`,
          );
    },
  };
}
