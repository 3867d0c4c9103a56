// Name-based UUIDs (RFC 9562 version 5), so every id iocc derives is stable across builds. Names are
// hashed as UTF-8 (hash.update's default for a string).
import { createHash } from 'node:crypto';

/** iocc's own namespace for rule UUIDs (a random UUIDv4 chosen once; never change it). */
export const ioccNamespace = 'a445a2a7-9932-4803-a7bb-dbcea1ce53dc';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Namespaces are a few constants and one per rule; a feed asks for a million ids in each. */
const namespaceBytes = new Map<string, Buffer>();

function bytesOf(namespace: string): Buffer {
  let bytes = namespaceBytes.get(namespace);
  // Stryker disable next-line ConditionalExpression: a cache; the same bytes without it (only slower)
  if (bytes === undefined) {
    if (!uuidPattern.test(namespace)) throw new Error(`invalid UUID namespace ${namespace}`);
    bytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    namespaceBytes.set(namespace, bytes);
  }
  return bytes;
}

/**
 * The first 16 bytes of SHA-1(namespace, name), written as hex with the version (5) in the high nibble
 * of byte 6 and the variant (binary 10) in the top bits of byte 8: worked on the hex digits, which
 * saves a buffer and its copy per id.
 */
export function uuidV5(name: string, namespace: string = ioccNamespace): string {
  const h = createHash('sha1').update(bytesOf(namespace)).update(name).digest('hex');
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
