/**
 * The subject of figures whose subject stands before them: the phrase before the run, else the heading's industry,
 * else the cell before (a table flattened one cell per line), else the subject carried from an earlier clause.
 */
import type { Figure } from '../figures.js';
import type { Phrase } from '../phrase.js';
import { bareSubject, type Carried } from './carried.js';
import type { SentenceState } from './state.js';

/**
 * Choose the subject of a run starting at `first` (words `from..first.start` read as `ph`, and as a carried subject
 * `phraseCarried`). Marks the carried subject used when it is taken, and updates the sentence's last scopes.
 */
export function chooseSubject(
  st: SentenceState,
  from: number,
  first: Figure,
  ph: Phrase,
  phraseCarried: Carried | null,
): Carried {
  const carried = st.carried;
  const ctx = st.ctx;
  let subj: Carried | null = phraseCarried && phraseCarried.members.length > 0 ? phraseCarried : null;
  if (!subj && phraseCarried?.bands) subj = phraseCarried;
  if (!subj && carried?.strong === false && ctx.headingSubject && !carried.industry)
    subj = { ...carried, members: [ctx.headingSubject], strong: true };
  if (!subj && !carried && ctx.cellSubject && from === 0 && ph.subject === '' && ph.scopes.length === 0)
    subj = bareSubject(0, { members: [ctx.cellSubject], metricWord: ph.metricWord });
  if (!subj && carried && (carried.strong !== false || ph.scopes.length === 0)) {
    subj = {
      ...carried,
      scopes: ph.scopes.length > 0 ? ph.scopes : carried.scopes,
      metricWord: ph.metricWord ?? carried.metricWord,
      distributive: carried.distributive || ph.distributive,
      respectively: carried.respectively || ph.respectively,
    };
    carried.used = true;
  }
  if (!subj)
    subj = bareSubject(Math.min(ph.start, first.start), {
      scopes: ph.scopes,
      metricWord: ph.metricWord,
      distributive: ph.distributive,
      respectively: ph.respectively,
    });
  // scopes named before the figure without a subject (三大国家级开发区不低于50%) override the carried ones
  if (
    phraseCarried &&
    phraseCarried !== subj &&
    phraseCarried.members.length === 0 &&
    phraseCarried.scopes.length > 0
  )
    subj = { ...subj, scopes: phraseCarried.scopes };
  if (subj.scopes.length > 0) st.lastScopes = subj.scopes;
  else if (st.lastScopes.length > 0) subj = { ...subj, scopes: st.lastScopes };
  return subj;
}
