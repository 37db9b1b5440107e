/** Names of the files inside an archive: readable where the names allow, unique always. */

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Returns `name` when it is a safe file name, else the fallback (names may hold any character). */
export function safeFileName(name: string, fallback: string): string {
  return SAFE_NAME.test(name) && !name.includes("..") ? name : fallback;
}
