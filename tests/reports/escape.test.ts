import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chartSafeSpec } from '../../src/reports/charts.js';
import { html, inlineScript, jsonScript } from '../../src/reports/escape.js';
import { escapeHtml, jsonForScript, safeHref, scriptSafe } from '../../src/reports/index.js';
import { interpreterScript, vegaRuntimes } from '../../src/reports/runtime.js';

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

describe('html: the one way data reaches the report markup', () => {
  it('escapes every field, numbers, strings where numbers were expected and objects alike', () => {
    const span = '"><img src=x onerror=alert(1)>' as unknown as number;
    expect(html`<td data-sort="${span}">${'<b>'}${12}${null}</td>`.markup).toBe(
      '<td data-sort="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;b&gt;12</td>',
    );
    const tricky = { toString: () => '<script>' };
    expect(html`${tricky}`.markup).toBe('&lt;script&gt;');
  });

  it('keeps markup it made itself, alone or in arrays, and escapes plain strings in arrays', () => {
    const items = ['<a>', 'b'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>`.markup).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
    expect(html`${['<i>', html`<i>`]}`.markup).toBe('&lt;i&gt;<i>');
  });
});

describe('inlineScript and jsonScript', () => {
  it('hashes exactly the text inside the element, after </script> is neutralised', () => {
    const { element, hash } = inlineScript('var s = "</script>";');
    const text = element.markup.slice('<script>'.length, -'</script>'.length);
    expect(text).toBe('var s = "<\\/script>";');
    expect(hash).toBe(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  });

  it('writes a data block that cannot close itself', () => {
    const block = jsonScript('spec-0', { t: '</script><script>alert(1)</script>\u2028' }).markup;
    expect(block.match(/<\/script/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({
      t: '</script><script>alert(1)</script>\u2028',
    });
  });
});

describe('interpreterScript', () => {
  it('turns the vega-interpreter module into a classic script that sets vega.expressionInterpreter', () => {
    const code = interpreterScript(
      "import { isString } from 'vega-util';\nvar expression = { isString };\nexport { expression as expressionInterpreter };\n",
    );
    const vega: Record<string, unknown> = { isString: (x: unknown) => typeof x === 'string' };
    new Function('vega', code)(vega); // a test-side check of the generated code, not report code
    expect(vega.expressionInterpreter).toEqual({ isString: vega.isString });
  });

  it('refuses a module of another shape rather than inlining it half-converted', () => {
    expect(() => interpreterScript("import x from 'vega-util';\nexport default x;\n")).toThrow(
      /not the expected ES module/,
    );
    expect(() =>
      interpreterScript(
        "import { a } from 'vega-util';\nimport { b } from 'other';\nvar e = 1;\nexport { e as expressionInterpreter };\n",
      ),
    ).toThrow(/not the expected ES module/);
  });

  it('converts the installed vega-interpreter', () => {
    expect(vegaRuntimes().interpreter).toMatch(/vega\.expressionInterpreter = \w+;\n\}\)\(vega\);\n$/);
  });
});

describe('chartSafeSpec', () => {
  it('replaces U+2028 and U+2029 in every string, keys included, and leaves the input alone', () => {
    const spec = { data: { values: [{ 's\u2028': 'a\u2028b\u2029c', n: 1 }] }, sort: ['a\u2028b'] };
    expect(chartSafeSpec(spec)).toEqual({ data: { values: [{ 's ': 'a b c', n: 1 }] }, sort: ['a b'] });
    expect(spec.sort[0]).toBe('a\u2028b');
  });
});
