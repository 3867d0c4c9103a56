// Text checks shared by the tests.

/** True when every word (run of letters and digits) of `text` is in `s`, in the same order. */
export function wordsInOrder(s: string, text: string): boolean {
  let at = 0;
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const i = s.indexOf(w, at);
    if (i < 0) return false;
    at = i + w.length;
  }
  return true;
}
