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
  seeds: {
    summary: 'list the bundled seed documents',
    load: () => import('./commands/seeds.js'),
  },
  gap: {
    summary: 'judge every target against the actuals (the gaps table)',
    load: () => import('./commands/gap.js'),
  },
};
