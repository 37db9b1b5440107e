/** Serves the web app: a production build through `vite preview`, or Vite's dev server. */
import { build, createServer, preview } from "vite";

/** A running web server. */
export interface RunningWeb {
  close(): Promise<void>;
}

/** Builds the app into dist/ and serves it on localhost:`port`. Rejects when the build fails or the port is taken. */
export async function startBuiltWeb(port: number): Promise<RunningWeb> {
  await build({ logLevel: "warn" });
  const server = await preview({
    preview: { port, strictPort: true, host: "localhost", open: false },
  });
  return { close: () => server.close() };
}

/** Starts Vite's dev server on localhost:`port`. Rejects when the port is taken. */
export async function startDevWeb(port: number): Promise<RunningWeb> {
  const server = await createServer({
    server: { port, strictPort: true, host: "localhost", open: false },
  });
  await server.listen();
  return { close: () => server.close() };
}
