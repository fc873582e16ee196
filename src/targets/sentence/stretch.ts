/**
 * Base and stretch figures: 增长12%、力争13% — 力争 (or 争取) after a base figure marks that figure and the following
 * ones of the same subject as stretch; a new subject or 其中 starts a new pair.
 */
import type { Figure } from '../figures.js';
import type { SentenceState } from './state.js';

/** Read the words before target figure `f` and set the stretch flag of its rows. */
export function stretchStep(st: SentenceState, f: Figure, newSubject: boolean): void {
  const p = st.stretch;
  const between = st.s.slice(p.prevTargetEnd, f.start);
  if (newSubject) {
    // a new subject starts a new base/stretch pair (实际利用外资增长8%、力争9%,商务部…增长15%、力争18%)
    p.on = false;
    p.baseSeen = false;
  }
  if (/其中/.test(between)) p.on = false;
  if (/力争|争取/.test(between) && p.baseSeen) p.on = true;
  for (const d of st.out) if (d.figure === f) d.row.stretch = p.on;
  if (!p.on) p.baseSeen = true;
  p.prevTargetEnd = f.end;
}
