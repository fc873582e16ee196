/**
 * The public API's documented examples, read from the source: every value the package root exports, with the
 * `@example` blocks of its doc comment (through the TypeScript compiler, following re-exports and namespaces).
 */
import { join } from 'node:path';
import ts from 'typescript';

export interface ApiExample {
  /** The exported name (`seeds.load` for a namespace member). */
  name: string;
  kind: 'function' | 'class' | 'value';
  /** The code of each @example block, fences and `@example` removed. */
  examples: string[];
  /** Where it is declared (file:line), for messages. */
  at: string;
}

const root = join(import.meta.dirname, '..', '..');

function exampleBlocks(symbol: ts.Symbol, checker: ts.TypeChecker): string[] {
  const out: string[] = [];
  for (const t of symbol.getJsDocTags(checker)) {
    if (t.name !== 'example') continue;
    const text = (t.text ?? []).map((p) => p.text).join('');
    out.push(text.replace(/^```\w*\n?|```$/gm, '').trim());
  }
  return out;
}

/** Every value exported by `src/index.ts`, with its examples. */
export function apiExamples(): ApiExample[] {
  const entry = join(root, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const out: ApiExample[] = [];
  const visit = (exports: ts.Symbol[], prefix: string) => {
    for (const s of exports) {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const name = `${prefix}${s.getName()}`;
      if (target.flags & ts.SymbolFlags.ValueModule) {
        visit(checker.getExportsOfModule(target), `${name}.`);
        continue;
      }
      if (!(target.flags & ts.SymbolFlags.Value)) continue;
      const decl = target.declarations?.[0];
      const file = decl?.getSourceFile();
      const at =
        decl && file
          ? `${file.fileName.slice(root.length + 1)}:${file.getLineAndCharacterOfPosition(decl.getStart()).line + 1}`
          : '?';
      const kind =
        target.flags & ts.SymbolFlags.Function
          ? 'function'
          : target.flags & ts.SymbolFlags.Class
            ? 'class'
            : 'value';
      out.push({ name, kind, examples: exampleBlocks(target, checker), at });
    }
  };
  visit(checker.getExportsOfModule(moduleSymbol), '');
  return out;
}
