/**
 * Random "policy-ish" documents for property runs of the extractor: the quantity pieces of
 * bench/quantities/policyish.mjs plus the pieces sentence rules read (headings, list marks, 分别/均/各, 、 and 和,
 * full stops, line breaks, tier words, 其中, 由…到, 预计, 回顾/目标 headings), joined into texts of up to 60 pieces.
 * Shared by tests/targets/hostile.test.ts and bench/extract/fuzz.mjs.
 */
import fc from 'fast-check';
import { POLICY_TOKENS } from '../quantities/policyish.mjs';

export const EXTRACTOR_TOKENS = [
  ...POLICY_TOKENS,
  ...[
    '。',
    '；',
    '，',
    '\n',
    '\n\n',
    '、',
    '和',
    '及',
    '分别',
    '均',
    '各',
    '其中',
    '由',
    '从',
    '提高到',
    '预计',
  ],
  ...[
    '一、',
    '（二）',
    '1.',
    '——',
    '2022年工作回顾',
    '2023年工作安排',
    '主要目标',
    '到2025年',
    '今年',
    '去年',
  ],
  ...[
    '千亿级',
    '万亿级',
    '百亿',
    '产业集群',
    '企业',
    '项目',
    '地区生产总值',
    '规模以上工业增加值',
    '营业收入',
  ],
  ...[
    '新增',
    '培育',
    '打造',
    '引进',
    '等',
    '个',
    '家',
    '以上',
    '(责任单位:市经信局)',
    '给予',
    '奖励',
    '赤字率',
  ],
];

/** Up to 60 pieces, each a token or up to 3 arbitrary code units, joined. */
export const extractorish = fc
  .array(fc.oneof(fc.constantFrom(...EXTRACTOR_TOKENS), fc.string({ maxLength: 3, unit: 'binary' })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));
