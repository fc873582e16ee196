import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, safeHref, scriptSafe } from '../../src/reports/index.js';

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`a&b "c" 'd' \`e\``)).toBe('a&amp;b &quot;c&quot; &#39;d&#39; &#96;e&#96;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12.5)).toBe('12.5');
  });
});

describe('jsonForScript', () => {
  it('leaves no way to close the script element and parses back to the same value', () => {
    const value = {
      name: '</script><script>alert(1)</script>',
      c: '<!-- x -->',
      amp: 'a&b',
      ls: '\u2028\u2029',
    };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('scriptSafe', () => {
  it('neutralises </script and <!-- in inlined code', () => {
    expect(scriptSafe('var s = "</SCRIPT>"; var c = "<!--";')).toBe(
      'var s = "<\\/SCRIPT>"; var c = "<\\!--";',
    );
  });
});

describe('safeHref', () => {
  it('passes http(s) URLs only', () => {
    expect(safeHref('https://www.gov.cn/a.html')).toBe('https://www.gov.cn/a.html');
    expect(safeHref('http://x.cn/a b')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref('武汉市统计公报')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
