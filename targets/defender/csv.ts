// CSV for the Defender portal import: RFC 4180 (fields with , " CR LF are quoted, quotes doubled),
// CRLF line ends, UTF-8 without BOM. Free text is flattened to one line and neutralized so no
// spreadsheet runs it as a formula.

/**
 * One line of free text: line breaks and control characters become spaces; a cell starting with
 * = + - @ tab or ' gets a ' in front (so no spreadsheet runs it, and a reader can always remove exactly
 * one leading ' to get the text back).
 */
const special = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/;

export function freeText(s: string): string {
  const flat = !special.test(s)
    ? s
    : s.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  return /^[=+\-@\t']/.test(flat) ? `'${flat}` : flat;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;
