/**
 * A bounded walk over protobuf wire-format bytes, run before a message reaches google-protobuf,
 * whose reader trusts declared lengths and can spin for minutes on a field that claims more bytes
 * than remain. The walk reads every tag, varint and length once, never allocates per field, and
 * is stricter than any decoder: a message it accepts has every length within its parent and every
 * known field in the wire type its layout declares. Pure: no DOM, Node or library imports.
 */

/** How a known field is encoded. Unknown fields are skipped whatever their (valid) wire type. */
export type FieldLayout =
  | { kind: "varint" }
  | { kind: "bytes" }
  /** A repeated varint scalar: packed (one length-delimited run) or one varint per element. */
  | { kind: "repeated-varint" }
  | { kind: "message"; layout: MessageLayout };

/** The message's known fields by number; `name` appears in error messages. */
export interface MessageLayout {
  name: string;
  fields: ReadonlyMap<number, FieldLayout>;
}

/** Bounds of one walk. */
export interface WireFormatLimits {
  /** Deepest nesting of messages and groups; default 32. */
  maxDepth?: number;
  /** Most fields and packed elements in the whole message; default 1,000,000. */
  maxFields?: number;
}

/** Thrown when bytes are not a well-formed message of the layout; the message names the problem. */
export class WireFormatError extends Error {
  override name = "WireFormatError";
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const START_GROUP = 3;
const END_GROUP = 4;
const FIXED32 = 5;

const DEFAULT_MAX_DEPTH = 32;
const DEFAULT_MAX_FIELDS = 1_000_000;

const WIRE_TYPE_NAMES = [
  "varint",
  "fixed64",
  "length-delimited",
  "start-group",
  "end-group",
  "fixed32",
];

/** Returns nothing when `bytes` is a well-formed `layout` message within `limits`; throws WireFormatError. */
export function checkWireFormat(
  bytes: Uint8Array,
  layout: MessageLayout,
  limits: WireFormatLimits = {},
): void {
  const walk = new Walk(
    bytes,
    limits.maxDepth ?? DEFAULT_MAX_DEPTH,
    limits.maxFields ?? DEFAULT_MAX_FIELDS,
  );
  walk.message(layout, bytes.length, 1);
}

class Walk {
  private pos = 0;
  private fields = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxDepth: number,
    private readonly maxFields: number,
  ) {}

  /** Walks fields up to `end`; a group (`group` = its field number) must end at its END_GROUP tag before that. */
  message(layout: MessageLayout | undefined, end: number, depth: number, group?: number): void {
    if (depth > this.maxDepth) {
      this.fail(`nesting deeper than ${this.maxDepth} levels`);
    }
    const name = layout?.name ?? "group";
    while (this.pos < end) {
      const at = this.pos;
      const tag = this.varint(end);
      const number = Math.floor(tag / 8);
      const wireType = tag % 8;
      if (number === 0 || number > 0x1fffffff) {
        this.fail(`invalid field number ${number} in ${name}`, at);
      }
      this.count(at);
      if (wireType === END_GROUP) {
        if (group === number) {
          return;
        }
        this.fail(`end-group tag for field ${number} without a matching start in ${name}`, at);
      }
      const field = layout?.fields.get(number);
      if (field) {
        this.known(field, wireType, `field ${number} of ${name}`, end, depth, at);
      } else {
        this.skip(wireType, number, `field ${number} of ${name}`, end, depth, at);
      }
    }
    if (group !== undefined) {
      this.fail(`group ${group} in ${name} has no end-group tag`);
    }
  }

  private known(
    field: FieldLayout,
    wireType: number,
    what: string,
    end: number,
    depth: number,
    at: number,
  ): void {
    switch (field.kind) {
      case "varint":
        this.expect(wireType, VARINT, what, at);
        this.varint(end);
        return;
      case "bytes":
        this.expect(wireType, LENGTH_DELIMITED, what, at);
        this.pos = this.length(what, end);
        return;
      case "repeated-varint":
        if (wireType === VARINT) {
          this.varint(end);
          return;
        }
        this.expect(wireType, LENGTH_DELIMITED, what, at);
        this.packedVarints(this.length(what, end));
        return;
      case "message": {
        this.expect(wireType, LENGTH_DELIMITED, what, at);
        const inner = this.length(what, end);
        this.message(field.layout, inner, depth + 1);
        return;
      }
    }
  }

  private skip(
    wireType: number,
    number: number,
    what: string,
    end: number,
    depth: number,
    at: number,
  ): void {
    switch (wireType) {
      case VARINT:
        this.varint(end);
        return;
      case FIXED64:
        this.fixed(8, what, end);
        return;
      case FIXED32:
        this.fixed(4, what, end);
        return;
      case LENGTH_DELIMITED:
        this.pos = this.length(what, end);
        return;
      case START_GROUP:
        this.message(undefined, end, depth + 1, number);
        return;
      default:
        this.fail(`${what} has invalid wire type ${wireType}`, at);
    }
  }

  private packedVarints(end: number): void {
    while (this.pos < end) {
      this.count(this.pos);
      this.varint(end);
    }
  }

  /** Reads a length prefix and returns where the field's bytes end; throws when they would pass `end`. */
  private length(what: string, end: number): number {
    const at = this.pos;
    const length = this.varint(end);
    const remaining = end - this.pos;
    if (length > remaining) {
      this.fail(`${what} claims ${length} bytes but only ${remaining} remain`, at);
    }
    return this.pos + length;
  }

  private fixed(size: number, what: string, end: number): void {
    if (end - this.pos < size) {
      this.fail(`${what} needs ${size} bytes but only ${end - this.pos} remain`);
    }
    this.pos += size;
  }

  /** Reads a varint of at most 10 bytes ending before `end`; returns its value (exact below 2^53). */
  private varint(end: number): number {
    const at = this.pos;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i += 1) {
      if (this.pos >= end) {
        this.fail("truncated varint", at);
      }
      const byte = this.bytes[this.pos] ?? 0;
      this.pos += 1;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        return value;
      }
      scale *= 128;
    }
    this.fail("varint longer than 10 bytes", at);
  }

  private expect(wireType: number, wanted: number, what: string, at: number): void {
    if (wireType !== wanted) {
      const got = WIRE_TYPE_NAMES[wireType] ?? `wire type ${wireType}`;
      this.fail(`${what} is ${got}, expected ${WIRE_TYPE_NAMES[wanted] ?? wanted}`, at);
    }
  }

  private count(at: number): void {
    this.fields += 1;
    if (this.fields > this.maxFields) {
      this.fail(`more than ${this.maxFields} fields`, at);
    }
  }

  private fail(problem: string, at = this.pos): never {
    throw new WireFormatError(`${problem} (at byte ${at} of ${this.bytes.length})`);
  }
}
