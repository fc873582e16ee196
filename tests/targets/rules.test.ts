/**
 * Each sentence rule's own examples (`src/targets/rules/*.ts`), run through the whole extractor: the rows it must
 * give, in order, with the fields the rule decides.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets, extractTargetsWith } from '../../src/targets/extract.js';
import { SENTENCE_RULES } from '../../src/targets/rules/index.js';
import { validateTargets } from '../../src/targets/validate.js';

describe.each(SENTENCE_RULES.map((r) => [r.name, r] as const))('rule %s', (_name, rule) => {
  it('has a description and at least one example', () => {
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (text, example) => {
    const rows = extractTargets(text, {
      docId: 'ex',
      region: '某市',
      issuedYear: example.issuedYear ?? 2023,
    });
    validateTargets(rows, { ex: text });
    expect(rows).toHaveLength(example.rows.length);
    for (const [i, row] of rows.entries()) expect(row).toMatchObject(example.rows[i]!);
  });
  it.each(rule.examples.map((e) => [e.text, e] as const))(
    'needs the rule: without it, %s reads otherwise',
    (text, example) => {
      const without = SENTENCE_RULES.filter((r) => r !== rule);
      const rows = extractTargetsWith(
        text,
        { docId: 'ex', region: '某市', issuedYear: example.issuedYear ?? 2023 },
        without,
      );
      const same =
        rows.length === example.rows.length &&
        rows.every((row, i) =>
          Object.entries(example.rows[i]!).every(
            ([k, v]) => JSON.stringify(row[k as keyof typeof row]) === JSON.stringify(v),
          ),
        );
      expect(same).toBe(false);
    },
  );
});

describe('docs/extractor.md', () => {
  it('lists every sentence rule, in the table of rules', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/extractor.md', 'utf8');
    for (const rule of SENTENCE_RULES) expect(doc).toContain(`| \`${rule.name}\` |`);
  });
});
