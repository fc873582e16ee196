/**
 * The roles a quantity plays in a document. One table: the source of the type, the runtime list and the labels.
 */

export const MENTION_ROLE = {
  /** a figure the document aims at (到2025年…达到, 今年…增长6%左右, 力争…) */
  target: { zh: '目标', en: 'target' },
  /** a value the document reports as achieved for a past period (2022年全市生产总值385.2亿元) */
  outcome: { zh: '实际', en: 'outcome' },
  /** a reported value marked as estimated or preliminary (预计全年增长7.8%左右, 初步核算) */
  estimate: { zh: '预计', en: 'estimate' },
  /** the starting point of a change (由1.5万亿元增加至2.5万亿元: the 1.5万亿元) */
  baseline: { zh: '基数', en: 'baseline' },
  /** a size inside a subject (超100亿元的企业, 亿元以上项目: the 100亿元, the 亿元) */
  threshold: { zh: '门槛', en: 'threshold' },
  /** money the government allocates, spends, subsidises or rewards; deficits, bonds, prices */
  instrument: { zh: '政策工具', en: 'instrument' },
  /** a number in a name, code or list size (“1515”, 十大, 3个…named members) */
  label: { zh: '名称', en: 'label' },
  /** anything else (durations, counts of the text's own items) */
  other: { zh: '其他', en: 'other' },
} as const;

export type MentionRole = keyof typeof MENTION_ROLE;

/** Every role, in table order. */
export const MENTION_ROLES: readonly MentionRole[] = Object.keys(MENTION_ROLE) as MentionRole[];

/** Whether a string is a role name. */
export function isMentionRole(s: string): s is MentionRole {
  return Object.hasOwn(MENTION_ROLE, s);
}
