import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** PEM files made for one test run: a CA, a server certificate for 127.0.0.1/localhost, a client certificate, and a second CA that signed neither. */
export interface TestCertificates {
  readonly dir: string;
  readonly caCert: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  /** A client certificate signed by the other CA, which the server must refuse. */
  readonly strangerCert: string;
  readonly strangerKey: string;
  readonly otherCaCert: string;
  /** Removes the folder. */
  remove(): void;
}

function openssl(args: string[]): void {
  execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
}

/** Returns certificates made now with Debian's `openssl` in a fresh temporary folder (EC P-256 keys, valid one day). */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), "serving-tls-"));
  const file = (name: string) => join(dir, name);
  const makeCa = (name: string) =>
    openssl([
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      file(`${name}.key`),
      "-out",
      file(`${name}.crt`),
      "-days",
      "1",
      "-subj",
      `/CN=${name}`,
    ]);
  const makeLeaf = (name: string, ca: string, extensions: string) => {
    writeFileSync(file(`${name}.ext`), extensions);
    openssl([
      "req",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      file(`${name}.key`),
      "-out",
      file(`${name}.csr`),
      "-subj",
      `/CN=${name}`,
    ]);
    openssl([
      "x509",
      "-req",
      "-in",
      file(`${name}.csr`),
      "-CA",
      file(`${ca}.crt`),
      "-CAkey",
      file(`${ca}.key`),
      "-CAcreateserial",
      "-out",
      file(`${name}.crt`),
      "-days",
      "1",
      "-extfile",
      file(`${name}.ext`),
    ]);
  };
  makeCa("ca");
  makeCa("other-ca");
  makeLeaf(
    "server",
    "ca",
    "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
  );
  makeLeaf("client", "ca", "extendedKeyUsage=clientAuth\n");
  makeLeaf("stranger", "other-ca", "extendedKeyUsage=clientAuth\n");
  return {
    dir,
    caCert: file("ca.crt"),
    serverCert: file("server.crt"),
    serverKey: file("server.key"),
    clientCert: file("client.crt"),
    clientKey: file("client.key"),
    strangerCert: file("stranger.crt"),
    strangerKey: file("stranger.key"),
    otherCaCert: file("other-ca.crt"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
