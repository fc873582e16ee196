/**
 * The explicit state of one sentence while the rules read it: its figures and clauses, the rows emitted so far,
 * the subject carried from clause to clause, the last metric and scopes, and the base/stretch pairing.
 *
 * Rules communicate only through this object: a rule that takes a figure for its own rows calls {@link consume}
 * (the figure then plays no other part) or {@link markEmitted}; every row goes out through {@link emit}.
 */
import { type DeadlinePhrase, findDeadlines } from '../../text/horizon.js';
import type { Sentence } from '../../text/segment.js';
import { type Clause, classifyFigures, type Figure, type FigureRole } from '../figures.js';
import { type Phrase, readPhrase } from '../phrase.js';
import type { Carried } from './carried.js';
import type { DocContext } from './context.js';
import { type Draft, makeRow, type RowInput, SentenceTables } from './row.js';
import { mayHoldRatio } from './words.js';

/** Base/stretch pairing: 力争 after a base figure marks this and the following figures as stretch. */
export interface StretchState {
  prevTargetEnd: number;
  baseSeen: boolean;
  on: boolean;
}

/** What {@link SentenceState.emit} needs besides defaults; see {@link RowInput}. */
export type EmitInput = Partial<RowInput> & Pick<RowInput, 'subject' | 'quoteStart' | 'quoteEnd'>;

export class SentenceState {
  /** The sentence's clean text (offsets of figures and clauses are into it). */
  readonly s: string;
  readonly figures: Figure[];
  readonly clauses: Clause[];
  readonly deadlines: DeadlinePhrase[];
  /** The sentence may hold a ratio target (1:1.95). */
  readonly hasRatio: boolean;
  /** The rows emitted so far, in emission order. */
  readonly out: Draft[] = [];
  /** Figures some rule has written rows for (or taken as the size of a list it wrote rows for). */
  readonly emitted = new Set<Figure>();
  /** The subject carried from one clause to the next. */
  carried: Carried | null = null;
  /** The metric word of the last figure with one, for a later figure of the same unit with none (其中…). */
  lastMetric: { word: string; unit: string } | null = null;
  /** The scopes of the last figure with scopes. */
  lastScopes: string[] = [];
  readonly stretch: StretchState = { prevTargetEnd: 0, baseSeen: false, on: false };
  private readonly phrases = new Map<number, Phrase>();
  private tablesCache: SentenceTables | null = null;

  constructor(
    readonly sent: Sentence,
    readonly ctx: DocContext,
  ) {
    this.s = sent.clean;
    const cells = ctx.tableCells;
    const { figures, clauses } = classifyFigures(
      this.s,
      cells.size > 0 ? (start) => cells.get(sent.offsets[start] ?? -1) ?? null : undefined,
    );
    this.figures = figures;
    this.clauses = clauses;
    this.hasRatio = mayHoldRatio(this.s);
    this.deadlines = this.worthReading()
      ? findDeadlines(this.s, ctx.opts.issuedYear, ctx.horizon.currentYear)
      : [];
  }

  /** Lookup tables for row making, built on first use (most sentences give no row). */
  private get tables(): SentenceTables {
    this.tablesCache ??= new SentenceTables(this.s);
    return this.tablesCache;
  }

  /** A sentence with no target figure, no tier word and no ratio has nothing for the rules. */
  worthReading(): boolean {
    return this.hasRatio || this.figures.some((f) => f.role === 'target' || f.role === 'tier');
  }

  /** The phrase `s[from, to)` read (cached: several rules read the same phrase). */
  phraseOf(from: number, to: number): Phrase {
    const key = from * 100003 + to;
    let p = this.phrases.get(key);
    if (!p) {
      p = readPhrase(this.s, from, to);
      this.phrases.set(key, p);
    }
    return p;
  }

  /** The clause figure `f` is in. */
  clauseOf(f: Figure): Clause {
    return this.clauses[f.clause]!;
  }

  /** The text of a clause. */
  textOf(c: Clause): string {
    return this.s.slice(c.start, c.end);
  }

  /** The target figures of clause `ci`, in text order. */
  targetsOf(ci: number): Figure[] {
    return this.figures.filter((g) => g.clause === ci && g.role === 'target');
  }

  /** Give a figure another role, saying why (a figure consumed as `skip` plays no further part). */
  consume(f: Figure, why: string, role: FigureRole = 'skip'): void {
    f.role = role;
    f.why = why;
  }

  /** Mark a figure as written (its rows are out, or it sized a list whose rows are out). */
  markEmitted(f: Figure): void {
    this.emitted.add(f);
  }

  /**
   * Make the row of figure `f` and add it to {@link out}. Defaults: the document's scope, no metric word, no tier,
   * the phrase from the quote start to the quote end, the words before the figure in its clause, the clause's text,
   * not stretch, the sentence's deadlines, not a tier-only row.
   */
  emit(f: Figure, input: EmitInput): Draft {
    const cl = () => this.clauseOf(f);
    const d = makeRow(this.ctx, this.sent, this.tables, f, {
      rawSubject: input.rawSubject,
      scope: input.scope ?? this.ctx.defaultScope,
      metricWord: input.metricWord ?? null,
      tier: input.tier ?? null,
      phrase: input.phrase ?? this.s.slice(input.quoteStart, input.quoteEnd),
      before: input.before ?? this.s.slice(cl().start, f.start),
      clause: input.clause ?? this.textOf(cl()),
      stretch: input.stretch ?? false,
      deadlines: input.deadlines ?? this.deadlines,
      tierOnly: input.tierOnly ?? false,
      prevComparator: input.prevComparator,
      subject: input.subject,
      quoteStart: input.quoteStart,
      quoteEnd: input.quoteEnd,
    });
    this.out.push(d);
    return d;
  }
}
