/** What the extractor needs to know about a document besides its text. */
export interface ExtractOptions {
  /** The document id (file name without extension). */
  docId: string;
  /** The issuing region (武汉市). */
  region: string;
  /** GB/T 2260 code of the region, if known. */
  regionCode?: string | null;
  /** The year the document was issued. */
  issuedYear: number;
  /**
   * The document's horizon as an index states it (`到2018年`, `力争用3-5年时间`, `2021年`); when absent, the first
   * deadline phrase of the document's first third is used, else the issue year.
   */
  horizon?: string;
}
