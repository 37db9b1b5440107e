/** The worker that runs the numeric diff off the main thread; buffers go back by transfer. */
import { describeError } from "../../shared/describe-value";
import { runDiffTask, type DiffFailure, type DiffRequest } from "./diff-task";

self.addEventListener("message", (event: MessageEvent<DiffRequest>) => {
  try {
    const answer = runDiffTask(event.data);
    self.postMessage(answer, {
      transfer: [answer.absolute.buffer, answer.blocks.maxima.buffer, answer.pixels.buffer],
    });
  } catch (error) {
    const failure: DiffFailure = { id: event.data.id, error: describeError(error) };
    self.postMessage(failure);
  }
});
