/**
 * The registry of subcommands. A command module exports `run(args): Promise<number>` (the exit code) and prints its
 * own `--help`.
 */

/** A loaded subcommand. */
export interface CommandModule {
  run(args: string[]): Promise<number>;
}

/** A registered subcommand: a one-line summary and a lazy loader. */
export interface CommandEntry {
  summary: string;
  load(): Promise<CommandModule>;
}

/** Every subcommand, by name. */
export const COMMANDS: Record<string, CommandEntry> = {
  report: {
    summary: 'run the whole pipeline: targets, actuals, gaps, charts, report.html and report.xlsx under out/',
    load: () => import('./commands/report.js'),
  },
  seeds: {
    summary: 'list the bundled seed documents',
    load: () => import('./commands/seeds.js'),
  },
  parse: {
    summary: 'print the quantities (amounts, rates, counts, ranges, 力争 figures) found in a text',
    load: () => import('./commands/parse.js'),
  },
  actuals: {
    summary: 'load actuals files (CSV/GBK, Excel, JSON, Arrow, Parquet) into the tidy actuals table',
    load: () => import('./commands/actuals.js'),
  },
  gap: {
    summary: 'judge every target against the actuals (the gaps table)',
    load: () => import('./commands/gap.js'),
  },
  extract: {
    summary: 'extract every numeric target of policy documents into the targets table',
    load: () => import('./commands/extract.js'),
  },
  mentions: {
    summary: 'every quantity of policy documents with its role (target, outcome, estimate, instrument…)',
    load: () => import('./commands/mentions.js'),
  },
  evaluate: {
    summary: 'score extracted targets against a reviewed table (P/R/F1 per document and field)',
    load: () => import('./commands/evaluate.js'),
  },
};
