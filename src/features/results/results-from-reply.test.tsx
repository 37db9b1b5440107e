import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import * as v13 from "../../../protocol/generated/serving-1.3/ms_service";
import { readReply } from "../../../protocol/wire-layouts";
import { replyToJson } from "../../serving/exchange-json";
import { parseReply } from "../../serving/parse-reply";
import { ResultsPanel } from "./results-panel";
import type { InferExchange } from "../../serving/types";

afterEach(cleanup);

// Copied into this realm's Uint8Array: jsdom's TextEncoder returns another realm's array, which
// google-protobuf's instanceof check rejects.
const utf8 = (text: string) => Uint8Array.from(new TextEncoder().encode(text));

const floatTensor = (dims: number[], values: number[]) =>
  new v13.Tensor({
    dtype: v13.DataType.MS_FLOAT32,
    shape: new v13.TensorShape({ dims }),
    data: new Uint8Array(new Float32Array(values).buffer),
  });

const instanceOf = (items: [string, v13.Tensor][]) => new v13.Instance({ items: new Map(items) });

/** Serializes `reply` with the generated class, then decodes it as the client does. */
function exchangeFrom(reply: v13.PredictReply, sent: number): InferExchange {
  const bytes = reply.serializeBinary();
  const wire = readReply("1.3", bytes);
  return {
    result: parseReply(wire, sent),
    requestBytes: 200,
    replyBytes: bytes.length,
    elapsedMs: 5,
    requestJson: {},
    replyJson: replyToJson(wire),
  };
}

describe("ResultsPanel fed by real PredictReply bytes", () => {
  it("shows add_common sums per instance and the failed instance's error in its own result", () => {
    const reply = new v13.PredictReply({
      instances: [
        instanceOf([["y", floatTensor([2, 2], [2, 2, 2, 2])]]),
        instanceOf([]),
        instanceOf([["y", floatTensor([2, 2], [6, 6, 6, 6])]]),
      ],
      error_msg: [
        new v13.ErrorMsg({ error_code: 0 }),
        new v13.ErrorMsg({
          error_code: 1,
          error_msg: utf8("Given model input 1 data type kMSI_Int32 not match kMSI_Float32"),
        }),
        new v13.ErrorMsg({ error_code: 0 }),
      ],
    });
    const exchange = exchangeFrom(reply, 3);
    render(<ResultsPanel status="done" exchange={exchange} instanceCount={3} />);

    const first = screen.getByRole("group", { name: "Result 1" });
    expect(
      within(first)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["2", "2", "2", "2"]);
    expect(within(first).getByText("4 numbers, float32")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Result 2" })).toHaveTextContent(
      "Error: model input 1 was sent as int32, but the model expects float32.",
    );
    const third = screen.getByRole("group", { name: "Result 3" });
    expect(
      within(third)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["6", "6", "6", "6"]);
    expect(screen.getByText("Reply").nextSibling).toHaveTextContent(`${exchange.replyBytes} B`);
  });

  it("shows classify_top5 as five ranked labels with scores", () => {
    const label = new v13.Tensor({
      dtype: v13.DataType.MS_STRING,
      shape: new v13.TensorShape({ dims: [1] }),
      bytes_val: [utf8("tabby, tabby cat;tiger cat;Egyptian cat;lynx, catamount;tiger")],
    });
    const score = floatTensor([5], [0.5, 0.25, 0.125, 0.0625, 0.03125]);
    const reply = new v13.PredictReply({
      instances: [
        instanceOf([
          ["label", label],
          ["score", score],
        ]),
      ],
    });
    render(<ResultsPanel status="done" exchange={exchangeFrom(reply, 1)} instanceCount={1} />);

    const list = within(screen.getByRole("group", { name: "Result 1" })).getByRole("list", {
      name: "Classes by score",
    });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent("tabby, tabby cat50.0%");
    expect(items[4]).toHaveTextContent("tiger3.1%");
  });

  it("shows Serving's single error_msg as the one alert with its hint", () => {
    const reply = new v13.PredictReply({
      error_msg: [
        new v13.ErrorMsg({
          error_code: 1,
          error_msg: utf8("Request servable(add) method(add_common2) , method is not available"),
        }),
      ],
    });
    render(<ResultsPanel status="done" exchange={exchangeFrom(reply, 2)} instanceCount={2} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("method is not available");
    expect(alert).toHaveTextContent(
      /Hint: Serving does not offer this servable, method or version/,
    );
    expect(screen.queryByRole("group", { name: /Result/ })).not.toBeInTheDocument();
  });
});
