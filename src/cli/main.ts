#!/usr/bin/env node
/**
 * The `cluster-targets` command-line program. Each subcommand lives in its own module under src/cli/commands and is
 * loaded only when called, so that `cluster-targets parse …` does not pay for charts or danfo.
 */
import { COMMANDS } from './commands.js';

function usage(): string {
  const lines = ['usage: cluster-targets <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${c.summary}`);
  lines.push('', 'Run `cluster-targets <command> --help` for a command’s options.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const { packageRoot } = await import('../io/paths.js');
    const { readFileSync } = await import('node:fs');
    process.stdout.write(`${JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')).version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`cluster-targets: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`cluster-targets: ${message}\n`);
    if (process.env.CLUSTER_TARGETS_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
