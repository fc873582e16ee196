/**
 * Guessing the issue year of a document that has no index entry: the date it states.
 */

/**
 * The year of the first full date in the first 2,000 characters (`2021年3月28日`, `2023-09-12`, `2018.03.06`), else of
 * a document number (`成办发〔2024〕12号`), else the first year of a plan window in the title (`(2024-2026年)`), else
 * of the last full date of the document (a signature date at the end), else `null`.
 *
 * Complexity: O(n).
 *
 * @example
 * guessIssuedYear('关于…的通知\n2023-09-12\n…') // 2023
 */
export function guessIssuedYear(text: string): number | null {
  const re = /(19[5-9]\d|20\d\d)\s*(?:年|-|\.|\/)\s*(\d{1,2})\s*(?:月|-|\.|\/)\s*(\d{1,2})/g;
  const head = re.exec(text.slice(0, 2000));
  if (head) return Number(head[1]);
  // a document number (成办发〔2024〕12号) or a plan window in the title ((2024-2026年))
  const docNo = /[〔[［(（](20\d\d)[〕\]］)）]\s*\d+\s*号/.exec(text.slice(0, 2000));
  if (docNo) return Number(docNo[1]);
  const window = /(20\d\d)\s*[-—–~至到]\s*20\d\d\s*年/.exec(text.slice(0, 300));
  if (window) return Number(window[1]);
  let last: number | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = Number(m[1]);
  return last;
}
