/**
 * Progress reporting on stderr for long work (many files, large loads). Quiet when stderr is not a terminal unless
 * forced, so that logs and CI output stay readable: then it prints a line at most every 10%.
 */

/** A progress reporter. */
export interface Progress {
  /** Advance by `n` units (default 1), optionally naming the current item. */
  tick(n?: number, item?: string): void;
  /** Finish the bar and print the total. */
  done(): void;
}

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  /** Where to write (default `process.stderr`). */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Print even when the stream is not a terminal (every 10%). Default false. */
  force?: boolean;
  /** Unit name shown after the counts (`files`, `MB`). */
  unit?: string;
}

/**
 * Create a progress reporter for `total` units of work.
 *
 * @example
 * const p = createProgress('extract', files.length, { unit: 'files' });
 * for (const f of files) { work(f); p.tick(1, f); }
 * p.done();
 */
export function createProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = Boolean((stream as { isTTY?: boolean }).isTTY);
  const enabled = tty || options.force === true;
  const unit = options.unit ? ` ${options.unit}` : '';
  let count = 0;
  let lastDecile = -1;
  const started = Date.now();
  const render = (item?: string) => {
    const pct = total > 0 ? Math.min(100, Math.floor((count / total) * 100)) : 100;
    if (tty) {
      const width = 24;
      const filled = Math.round((pct / 100) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      stream.write(`\r${label} ${bar} ${pct}% ${count}/${total}${unit}${item ? ` ${item}` : ''}\x1b[K`);
    } else {
      const decile = Math.floor(pct / 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${pct}% (${count}/${total}${unit})\n`);
      }
    }
  };
  return {
    tick(n = 1, item?: string) {
      count += n;
      if (enabled) render(item);
    },
    done() {
      if (!enabled) return;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(`${tty ? '\r' : ''}${label}: done, ${count}${unit} in ${secs} s${tty ? '\x1b[K' : ''}\n`);
    },
  };
}
