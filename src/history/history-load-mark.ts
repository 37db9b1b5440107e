/** The performance mark set each time the console starts reading the history (the benchmark times from it). */
export const HISTORY_LOAD_MARK = "serving-console:history-load";
