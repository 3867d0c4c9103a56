// Defanged indicators (example[.]com, hxxps://…) are turned back into real values.

const dotForms = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}/gi;
const colonForms = /\[:\]|\(:\)/g;
const schemeForms = /^(?:hxxp|hXXp|h\*\*p|hxp|meow)(s?)(\[:\]|:)\/\//i;

export interface Refanged {
  readonly value: string;
  readonly changed: boolean;
}

export function refang(raw: string): Refanged {
  let v = raw
    .replace(dotForms, '.')
    .replace(colonForms, ':')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[\/\]/g, '/');
  v = v.replace(schemeForms, (_m, s: string) => `http${s}://`);
  return { value: v, changed: v !== raw };
}
