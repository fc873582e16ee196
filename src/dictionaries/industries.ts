/**
 * Industries: the crosswalk from the cluster and industry names of the seed documents (光电子信息, 汽车及零部件…) to
 * GB/T 4754-2017 divisions, from `data/dictionaries/industries.csv`.
 */
import { readDictionary, splitList } from './load.js';

/** One policy industry name and the GB/T 4754-2017 divisions it covers. */
export interface IndustryEntry {
  /** The name the seeds use (`汽车及零部件`). */
  name: string;
  aliases: string[];
  /** GB/T 4754-2017 division codes (`C36`), broadest contributors first. */
  gb4754_divisions: string[];
  /** The division names, same order (`汽车制造业`), with the relevant class in brackets where useful. */
  gb4754_names: string[];
  /** True when the cluster includes services (software, 环境治理…) as well as manufacturing. */
  spans_services: boolean;
  /** Where the cluster spans several divisions, includes services, or has calibers that differ between sources. */
  note: string;
  source: string;
}

let cache: IndustryEntry[] | null = null;

/**
 * Every industry in the crosswalk.
 *
 * Complexity: O(1) after the first call.
 *
 * @example
 * industries().find((i) => i.name === '汽车及零部件')?.gb4754_divisions // ['C36']
 * @throws {Error} when data/dictionaries/industries.csv is missing, or a row has a malformed division code.
 */
export function industries(): IndustryEntry[] {
  if (cache) return cache;
  cache = readDictionary('industries.csv').map((r, i) => {
    const divisions = splitList(r.gb4754_divisions);
    for (const d of divisions)
      if (!/^[A-T]\d{2}$/.test(d))
        throw new Error(
          `industries.csv row ${i + 2}: "${d}" is not a GB/T 4754-2017 division code (like C36)`,
        );
    return {
      name: r.name!,
      aliases: splitList(r.aliases),
      gb4754_divisions: divisions,
      gb4754_names: splitList(r.gb4754_names),
      spans_services: r.spans_services === 'yes',
      note: r.note ?? '',
      source: r.source!,
    };
  });
  return cache;
}
