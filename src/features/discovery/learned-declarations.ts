/** Turns learned inputs into declared inputs, and tells whether that would replace others. */
import { describeLearnedShape, type LearnedInput } from "./discover-inputs";
import type { InputDecl } from "../../draft/draft-value";

/** Returns one declaration per learned input: image, 1-d tensor of the learned dtype, or tensor. */
export function learnedDeclarations(inputs: readonly LearnedInput[]): InputDecl[] {
  return inputs.map((input): InputDecl => {
    if (input.image && input.dtype === undefined) {
      return { name: input.name, kind: "image" };
    }
    const shape = describeLearnedShape(input);
    return shape && input.dtype
      ? { name: input.name, kind: "tensor", dtype: input.dtype, shape }
      : { name: input.name, kind: "tensor" };
  });
}

/** Returns true when declaring `next` would change or drop an input of `current`. */
export function replacesDeclared(
  current: readonly InputDecl[],
  next: readonly InputDecl[],
): boolean {
  return current.some((decl) => {
    const same = next.find((n) => n.name === decl.name);
    return !same || same.kind !== decl.kind;
  });
}
