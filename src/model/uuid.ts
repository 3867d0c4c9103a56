// Name-based UUIDs (RFC 4122 version 5), so every id iocc derives is stable across builds. Names are
// hashed as UTF-8 (hash.update's default for a string).
import { createHash } from 'node:crypto';

/** iocc's own namespace for rule UUIDs (a random UUIDv4 chosen once; never change it). */
export const ioccNamespace = 'a445a2a7-9932-4803-a7bb-dbcea1ce53dc';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidV5(name: string, namespace: string = ioccNamespace): string {
  if (!uuidPattern.test(namespace)) throw new Error(`invalid UUID namespace ${namespace}`);
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name).digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
