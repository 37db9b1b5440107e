/** Reads the request JSON back out of a grpcurl snippet. */

/** Returns the `-d @` JSON of a grpcurl snippet: the text between its heredoc lines. */
export function grpcurlJson(code: string): string {
  const lines = code.split("\n");
  const start = lines.findIndex((line) => line.endsWith("<<'EOF'"));
  const end = lines.lastIndexOf("EOF");
  return lines.slice(start + 1, end).join("\n");
}
