import { readRestTensor } from "./json-to-tensor";
import { RestInputError } from "./rest-input-error";
import { isJsonObject, sortedKeys, type JsonObject, type JsonValue } from "./rest-json";
import type { ServingTensor } from "../serving-tensor";

type Instance = ReadonlyMap<string, ServingTensor>;

const fail = (text: string): never => {
  throw new RestInputError(text);
};

/** Returns one instance's inputs; inputs are read in sorted key order, so the first bad one is Serving's. */
function readInstance(object: JsonObject): Instance {
  const inputs = new Map<string, ServingTensor>();
  for (const key of sortedKeys(object)) {
    if (key === "") {
      fail("string key is empty");
    }
    inputs.set(key, readRestTensor(object[key] ?? null));
  }
  return inputs;
}

/**
 * Returns the instances of a REST request body: `{"instances": {...}}` for one, `{"instances": [{...}, ...]}`
 * for several. Throws RestInputError with Serving's text (without its "Parser request failed, " prefix).
 */
export function readRestInstances(body: JsonValue): Instance[] {
  const instances = isJsonObject(body) ? body.instances : undefined;
  if (instances === undefined) {
    return fail("key 'instances' expects to exist once, but actually 0 times");
  }
  if (isJsonObject(instances)) {
    if (Object.keys(instances).length === 0) {
      fail("json object, value is empty");
    }
    return [readInstance(instances)];
  }
  if (!Array.isArray(instances)) {
    return fail("instances no key mode is not supported");
  }
  if (instances.length === 0) {
    return fail("instances value is array type, but no value");
  }
  if (!isJsonObject(instances[0])) {
    return fail("instances no key mode is not supported");
  }
  return instances.map((instance) => {
    if (!isJsonObject(instance)) {
      return fail("json array, instance is not object type");
    }
    if (Object.keys(instance).length === 0) {
      fail("json array, instance is object type, but no value");
    }
    return readInstance(instance);
  });
}
