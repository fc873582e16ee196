/**
 * One million random strings through findQuantities (fast-check): it must never throw, and every span must lie
 * inside its input and reproduce its text, in order, with finite values.
 *
 *   npx tsc -p tsconfig.build.json && node bench/quantities/fuzz.mjs [runs]
 *
 * The strings mix pieces of policy text (numerals, units, comparators, quotes, dates, 力争…) with arbitrary
 * UTF-16 code units, up to 24 pieces each. tests/quantities/property.test.ts runs the same property 20,000 times.
 */
import fc from 'fast-check';
import { findQuantities } from '../../dist/index.js';

const runs = Number(process.argv[2]) || 1_000_000;
const TOKENS = [
  ...'0123456789１２３．.,，-—–~～至到%％/／:：+^$￥ \n',
  ...'〇零一二两三四五六七八九十百千万亿壹贰叁拾佰仟萬億兆几多余半第点',
  ...[
    '元',
    '亿元',
    '万元',
    '美元',
    '家',
    '个',
    '户',
    '名',
    '亩',
    '公顷',
    '平方公里',
    '万元/亩',
    '个百分点',
    '倍',
  ],
  ...[
    '年',
    '月',
    '日',
    '号',
    '“',
    '”',
    '《',
    '》',
    '〔',
    '〕',
    '(',
    ')',
    '、',
    '突破',
    '不低于',
    '超过',
    '过',
  ],
  ...['约', '近', '以上', '以下', '左右', '(含)', '力争', '争取', '达到', '倍增', '翻一番', '增长', '分之'],
  ...['亩均', '每亩', '级', '大', 'G', 'k', 'e'],
];
const policyish = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 24 })
  .map((parts) => parts.join(''));

let chars = 0;
let quantities = 0;
const t0 = performance.now();
fc.assert(
  fc.property(policyish, (text) => {
    chars += text.length;
    const qs = findQuantities(text);
    let last = 0;
    for (const q of qs) {
      if (q.start < last || q.end <= q.start || q.end > text.length)
        throw new Error(`bad span ${JSON.stringify(q)}`);
      if (text.slice(q.start, q.end) !== q.text) throw new Error(`text mismatch ${JSON.stringify(q)}`);
      if (!Number.isFinite(q.value) || (q.valueMax !== null && !Number.isFinite(q.valueMax)))
        throw new Error(`non-finite value ${JSON.stringify(q)}`);
      last = q.end;
    }
    quantities += qs.length;
  }),
  { numRuns: runs },
);
const s = (performance.now() - t0) / 1000;
console.log(
  `${runs} random strings (${chars} chars, ${quantities} quantities found) in ${s.toFixed(1)} s: no throw, all spans valid`,
);
