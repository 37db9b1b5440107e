/** Draws fuzz case number `index` of a seeded run, the same one every time. */
import { makeFrameCase } from "./frame-cases";
import { FuzzRandom } from "./fuzz-random";
import { makeHeaderCase } from "./header-cases";
import { makeProtobufCase } from "./protobuf-cases";
import { makeTextCase } from "./text-cases";
import type { CaseFamily, FuzzCase } from "./fuzz-case";

const FAMILY_WEIGHTS: Record<CaseFamily, number> = {
  frames: 30,
  protobuf: 30,
  headers: 25,
  text: 15,
};

/** Returns case `index` of the run seeded with `seed`; each case has its own generator. */
export function makeCase(seed: number, index: number): FuzzCase {
  const random = new FuzzRandom(seed, index);
  const family = random.weighted(FAMILY_WEIGHTS);
  switch (family) {
    case "frames":
      return makeFrameCase(random);
    case "protobuf":
      return makeProtobufCase(random);
    case "headers":
      return makeHeaderCase(random);
    case "text":
      return makeTextCase(random);
  }
}
