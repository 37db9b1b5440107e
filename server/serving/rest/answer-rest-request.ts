import { readRestInstances } from "./read-rest-instances";
import { RestInputError } from "./rest-input-error";
import { readRestJson } from "./rest-json";
import { readRestUrl } from "./rest-url";
import { ReplyJsonError } from "./tensor-to-json";
import { writeRestError, writeRestReply } from "./write-rest-reply";
import type { PlainReply, PlainRequest } from "../predict";

/** Runs one decoded request through the servables; the same entry point gRPC Predict uses. */
export type RestPredict = (request: PlainRequest) => Promise<PlainReply>;

/** Returns the extra response headers of a request that reached Predict. */
export type RestReplyHeaders = (request: PlainRequest) => Record<string, string>;

/** What answerRestRequest answers: the JSON body and any extra response headers. */
export interface RestAnswer {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A REST request as the HTTP layer hands it over, its body already bounded. */
export interface RestCall {
  readonly method: string;
  readonly url: string;
  readonly body: Uint8Array;
}

/**
 * Returns the JSON body (and extra headers) Serving's REST API answers `call` with; every refusal is a `{"error_msg": ...}` body,
 * never a throw for bad input. Checks run in Serving's order: method, body, JSON, URL, then the instances
 * (whose texts get the "Parser request failed, " prefix), then Predict.
 */
export async function answerRestRequest(
  call: RestCall,
  predict: RestPredict,
  replyHeaders: RestReplyHeaders = () => ({}),
): Promise<RestAnswer> {
  let spec: ReturnType<typeof readRestUrl>;
  let json: ReturnType<typeof readRestJson>;
  try {
    if (call.method !== "POST") {
      throw new RestInputError("http message only support POST right now");
    }
    if (call.body.byteLength === 0) {
      throw new RestInputError("http message invalid");
    }
    json = readRestJson(call.body);
    spec = readRestUrl(call.url);
  } catch (error) {
    if (error instanceof RestInputError) {
      return { body: writeRestError(error.message), headers: {} };
    }
    throw error;
  }
  let instances: ReturnType<typeof readRestInstances>;
  try {
    instances = readRestInstances(json);
  } catch (error) {
    if (error instanceof RestInputError) {
      return { body: writeRestError(`Parser request failed, ${error.message}`), headers: {} };
    }
    throw error;
  }
  const request = { ...spec, instances };
  const reply = await predict(request);
  const headers = replyHeaders(request);
  try {
    return { body: writeRestReply(reply), headers };
  } catch (error) {
    if (error instanceof ReplyJsonError) {
      return {
        body: writeRestError(`Failed to construct the response: ${error.message}`),
        headers,
      };
    }
    throw error;
  }
}
