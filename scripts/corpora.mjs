// The labelled sets, from the built package (see src/mentions/corpora.ts).
export { DEVELOPMENT_SETS, HELD_OUT_SETS, loadLabelledSet as loadSet } from '../dist/mentions/corpora.js';
