/**
 * Decoding text files as Chinese users have them: UTF-8 (with or without BOM) or GBK/GB18030 saved by Chinese Excel
 * and Windows editors.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

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

const isAscii = (bytes: Uint8Array): boolean => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 127) return false;
  return true;
};

const validUtf8 = (bytes: Uint8Array): boolean => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Valid UTF-8 whose text is Chinese (CJK ideographs, CJK and full-width punctuation) or ASCII. */
const chineseUtf8 = (bytes: Uint8Array): boolean =>
  validUtf8(bytes) &&
  /^[\x00-\x7f\u00b7\u2014-\u2026\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$/.test(utf8.decode(bytes));

/**
 * The encoding of a file, decided once from its distinct non-ASCII cells: UTF-8 when at least as many read as Chinese
 * UTF-8 as are not valid UTF-8, else GB18030 (GBK's superset). One stray byte in a UTF-8 file does not switch it.
 *
 * @example
 * decideEncoding([Buffer.from('武汉'), Buffer.from([0xff])]) // 'utf-8'
 */
export function decideEncoding(keys: Iterable<Uint8Array>): 'utf-8' | 'gb18030' {
  let utf = 0;
  let other = 0;
  for (const k of keys) {
    if (isAscii(k)) continue;
    if (chineseUtf8(k)) utf++;
    else if (!validUtf8(k)) other++;
  }
  return utf >= other ? 'utf-8' : 'gb18030';
}

/**
 * Why a cell's bytes cannot be read in the file's encoding, or `null` when they can.
 *
 * @example
 * undecodable(Buffer.from([0xb2, 0xfa]), 'utf-8') // 'bytes that are not valid UTF-8 (the file reads as UTF-8)'
 */
export function undecodable(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): string | null {
  if (isAscii(bytes)) return null;
  if (encoding === 'utf-8')
    return validUtf8(bytes) ? null : 'bytes that are not valid UTF-8 (the file reads as UTF-8)';
  // short GBK cells are often valid UTF-8 by accident (约 = D4 BC reads as U+053C); only a cell whose UTF-8 reading
  // is Chinese text is a UTF-8 cell pasted into a GBK file
  if (chineseUtf8(bytes)) return 'UTF-8 bytes in a file that reads as GBK/GB18030 (mixed encodings)';
  return iconv.decode(Buffer.from(bytes), 'gb18030').includes('\ufffd')
    ? 'bytes that are not valid GB18030 (the file reads as GBK/GB18030)'
    : null;
}

/**
 * Decode a whole file (JSON) with the per-file encoding decision of {@link decideEncoding}, over its runs of non-ASCII
 * bytes: UTF-8 unless most runs are not UTF-8, then GB18030. `lossy` is true when a UTF-8 file held bytes that are
 * not UTF-8 (decoded as U+FFFD), so that the caller rejects the records holding them.
 *
 * Complexity: O(n).
 *
 * @example
 * decodeTable(Buffer.from('{"a":"武汉"}')) // { text: '{"a":"武汉"}', encoding: 'utf-8', lossy: false }
 */
export function decodeTable(bytes: Uint8Array): { text: string; encoding: TextEncoding; lossy: boolean } {
  if (validUtf8(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', lossy: false };
  const runs: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && bytes[j]! >= 0x80) j++;
    runs.push(bytes.subarray(i, j));
    i = j;
  }
  if (decideEncoding(runs) === 'utf-8')
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', lossy: true };
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
    encoding: 'gb18030',
    lossy: false,
  };
}
