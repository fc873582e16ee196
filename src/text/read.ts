/**
 * Reading a policy document from a file or bytes: encoding detected, HTML stripped.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { decodeText, type TextEncoding } from '../io/text.js';
import { looksLikeHtml, stripHtml } from './html.js';

/** A document as the extractor reads it. Every offset in the targets table indexes into `text`. */
export interface PolicyDocument {
  /** The document id: the file name without extension (`''` for bytes with no path). */
  docId: string;
  /**
   * The text offsets refer to. For a plain-text file it is the file's decoded content, unchanged (UTF-8 BOM
   * dropped); for HTML it is the text with tags stripped (see {@link stripHtml}).
   */
  text: string;
  /** The encoding the bytes were decoded from. */
  encoding: TextEncoding;
  /** True when the input was HTML and `text` is its stripped text. */
  html: boolean;
  /** For HTML only: offset in the decoded HTML source of each character of `text` (length `text.length + 1`). */
  sourceOffsets: Int32Array | null;
  /** The path read, or `null` for bytes. */
  path: string | null;
}

/** Options for {@link loadDocument}. */
export interface LoadDocumentOptions {
  /** Treat the input as HTML (`true`), as plain text (`false`), or decide from the extension and content (default). */
  html?: boolean;
  /** The document id to use (default: the file name without extension). */
  docId?: string;
}

/**
 * Read a policy document: UTF-8 or GBK/GB18030 (detected), HTML stripped of tags when the file is HTML.
 *
 * Complexity: O(n) in the size of the file.
 *
 * @example
 * const doc = loadDocument('seeds/wuhan-2021-industrial-transformation-plan.txt');
 * doc.docId // 'wuhan-2021-industrial-transformation-plan'
 * @throws {Error} when the file cannot be read, naming the path and the system error.
 */
export function loadDocument(input: string | Uint8Array, options: LoadDocumentOptions = {}): PolicyDocument {
  let bytes: Uint8Array;
  let path: string | null = null;
  if (typeof input === 'string') {
    path = input;
    try {
      bytes = readFileSync(input);
    } catch (e) {
      throw new Error(`loadDocument: cannot read ${input}: ${(e as Error).message}`);
    }
  } else bytes = input;
  const { text: raw, encoding } = decodeText(bytes);
  const ext = path ? extname(path).toLowerCase() : '';
  const html = options.html ?? (ext === '.html' || ext === '.htm' || (ext !== '.txt' && looksLikeHtml(raw)));
  const docId = options.docId ?? (path ? basename(path, extname(path)) : '');
  if (!html) return { docId, text: raw, encoding, html: false, sourceOffsets: null, path };
  const stripped = stripHtml(raw);
  return { docId, text: stripped.text, encoding, html: true, sourceOffsets: stripped.sourceOffsets, path };
}
