/**
 * Decoding text files as Chinese users have them: UTF-8 (with or without BOM) or GBK/GB18030 saved by Chinese Excel
 * and Windows editors.
 */
import iconv from 'iconv-lite';

/** The encodings `decodeText` tells apart. */
export type TextEncoding = 'utf-8' | 'gb18030';

/**
 * Decode bytes as UTF-8 when they are valid UTF-8, else as GB18030 (a superset of GBK and GB2312).
 * A UTF-8 BOM is dropped.
 *
 * Complexity: O(n).
 *
 * @example
 * decodeText(iconv.encode('产值', 'gbk')) // { text: '产值', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
      encoding: 'gb18030',
    };
  }
}

/** Encode text as GBK (GB18030), as Chinese Excel saves CSV. */
export function encodeGbk(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}
