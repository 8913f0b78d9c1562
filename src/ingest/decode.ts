import { isUtf8 } from 'node:buffer';

/**
 * Bytes → string for text-like sources. Honours a BOM; otherwise UTF-8 if the bytes are valid
 * UTF-8, else windows-1252 (what older council and NHS exports usually are; it also never fails,
 * so any byte sequence decodes to something).
 */
export function decodeText(bytes: Uint8Array): string {
  // (encodingOf below names the same choice, for the guessed-encoding warning.)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// windows-1252 differs from latin1 only in 0x80–0x9F (smart quotes, dashes, €, …). Node's own
// TextDecoder('windows-1252') decodes those bytes as latin1 C1 controls, so map them here.
// Bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code points.
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The encoding decodeText uses for these bytes, and whether it was guessed (no BOM, not UTF-8). */
export function encodingOf(bytes: Uint8Array): { name: string; guessed: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'UTF-8', guessed: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'UTF-16LE', guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'UTF-16BE', guessed: false };
  return isUtf8(bytes) ? { name: 'UTF-8', guessed: false } : { name: 'windows-1252', guessed: true };
}
