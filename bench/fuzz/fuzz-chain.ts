/** The stand-in Serving and the gateway in front of it, as child processes watched for crashes and memory. */
import { startGatewayChild, startServingChild } from "../child-server";
import { RssMonitor } from "../rss-monitor";
import type { ChildServer } from "../child-server";

/** Both processes of the chain, restartable after a failure. */
export class FuzzChain {
  private serving!: ChildServer;
  private gateway!: ChildServer;
  private servingPort = 0;
  /** Why a process was killed for its memory, until the next restart. */
  private overLimit: string | undefined;
  /** Peak RSS of every stand-in process so far. */
  readonly servingRss: RssMonitor;
  /** Peak RSS of every gateway process so far. */
  readonly gatewayRss: RssMonitor;
  /** Restarts after failures. */
  restarts = 0;
  /** Time spent restarting, in seconds. */
  restartSeconds = 0;

  /** A chain whose processes are killed when their RSS passes `rssLimitBytes`. */
  constructor(private readonly rssLimitBytes: number) {
    const guard = (name: string, child: () => ChildServer) => (rss: number) => {
      this.overLimit ??= `${name} RSS ${Math.round(rss / 1048576)} MiB passed the ${Math.round(rssLimitBytes / 1048576)} MiB limit; killed`;
      void child().kill();
    };
    this.servingRss = new RssMonitor(
      () => this.serving.pid,
      50,
      rssLimitBytes,
      guard("stand-in", () => this.serving),
    );
    this.gatewayRss = new RssMonitor(
      () => this.gateway.pid,
      50,
      rssLimitBytes,
      guard("gateway", () => this.gateway),
    );
  }

  /** The gateway's port. */
  get port(): number {
    return Number(new URL(this.gateway.address).port);
  }

  /** Starts both processes (the stand-in on the port it had before, once it had one). */
  async start(): Promise<void> {
    this.overLimit = undefined;
    this.serving = await startServingChild(this.servingPort);
    this.servingPort = Number(this.serving.address.split(":").pop());
    this.gateway = await startGatewayChild(this.serving.address);
    this.servingRss.begin();
    this.gatewayRss.begin();
  }

  /** Returns why the chain is broken (a process ended or was killed for memory), or undefined. */
  async checkAlive(): Promise<string | undefined> {
    if (this.overLimit) {
      return this.overLimit;
    }
    for (const [name, child] of [
      ["stand-in", this.serving],
      ["gateway", this.gateway],
    ] as const) {
      if (child.ended) {
        const how = await child.exited;
        const last = child.stderrTail().split("\n").slice(-3).join(" | ");
        return `${name} exited (${how})${last ? `: ${last}` : ""}`;
      }
    }
    return undefined;
  }

  /** Kills both processes and starts them again. */
  async restart(): Promise<void> {
    this.restarts++;
    const started = performance.now();
    await Promise.all([this.gateway.kill(), this.serving.kill()]);
    await this.start();
    this.restartSeconds += (performance.now() - started) / 1000;
  }

  /** Stops both processes and the memory sampling. */
  async stop(): Promise<void> {
    this.servingRss.end();
    this.gatewayRss.end();
    await Promise.all([this.gateway.stop(), this.serving.stop()]);
  }
}
