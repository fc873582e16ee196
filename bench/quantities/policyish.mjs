/**
 * Random "policy-ish" strings for property runs of findQuantities: pieces of policy text (numerals, units,
 * comparators, quotes, dates, 力争…) that exercise every branch of the scanner, mixed with arbitrary UTF-16 code units.
 * Shared by tests/quantities/property.test.ts (20,000 runs) and bench/quantities/fuzz.mjs (a million, in make test).
 */
import fc from 'fast-check';

/** The pieces strings are built from. */
export const POLICY_TOKENS = [
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
  ...['年', '月', '日', '号', '“', '”', '《', '》', '〔', '〕', '(', ')', '、'],
  ...['突破', '不低于', '超过', '过', '约', '近', '以上', '以下', '左右', '(含)', '力争', '争取', '达到'],
  ...['倍增', '翻一番', '增长', '分之', '亩均', '每亩', '级', '大', 'G', 'k', 'e'],
];

/** Up to 24 pieces, each a token or up to 3 arbitrary code units, joined. */
export const policyish = fc
  .array(fc.oneof(fc.constantFrom(...POLICY_TOKENS), fc.string({ maxLength: 3, unit: 'binary' })), {
    maxLength: 24,
  })
  .map((parts) => parts.join(''));
