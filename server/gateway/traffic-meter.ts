/** Counts the body bytes the gateway passes on, both ways, for memory housekeeping. */
export class TrafficMeter {
  /** Request and reply body bytes read so far. */
  bytes = 0;

  /** Adds `count` bytes. */
  add(count: number): void {
    this.bytes += count;
  }
}
