/** Helpers of the extractor's tests: extract an invented text and validate its rows against it; pick columns. */
import { extractTargets } from '../../src/targets/extract.js';
import type { TargetRow } from '../../src/targets/types.js';
import { validateTargets } from '../../src/targets/validate.js';

/** The rows of `text` read as a document of 某市 issued in `issuedYear`, each checked against the text. */
export function ex(text: string, issuedYear = 2023, horizon?: string): TargetRow[] {
  const rows = extractTargets(text, { docId: 'doc', region: '某市', issuedYear, horizon });
  return validateTargets(rows, { doc: text });
}

/** Some columns of each row. */
export const pick = (rows: TargetRow[], ...cols: (keyof TargetRow)[]) =>
  rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]])));
