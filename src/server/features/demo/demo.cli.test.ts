/** `homeward demo generate` as a user runs it: a real process, one JSON line on success, one line on error. */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './demo.test-files';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../../../bin/homeward.mjs', import.meta.url));

async function homeward(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('homeward demo generate', () => {
  it('writes the files and ends with one JSON summary line', async () => {
    const out = scratchDir();
    const r = await homeward([
      'demo',
      'generate',
      '--workers',
      '300',
      '--employers',
      '5',
      '--vacancies',
      '20',
      '--seed',
      '2',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!);
    expect(summary).toMatchObject({ out, workers: 300, rows: 300 + 300 + 5 + 20 });
    expect(summary.seconds).toBeGreaterThan(0);
    expect(Object.keys(summary.files).sort()).toEqual(readdirSync(out).sort());
    expect(summary.files['truth.csv']).toBe(300);
    // No progress bar on a pipe: stderr stays empty.
    expect(r.stderr).toBe('');
  });

  it('refuses bad options with a one-line reason and a non-zero exit', async () => {
    const cases: [string[], RegExp][] = [
      [['--workers', 'many'], /'--workers <n>' argument 'many' is invalid/],
      [['--duplicate-share', '2'], /expected a number from 0 to 1/],
      [
        ['--vacancies', '3', '--employers', '0', '--out', path.join(scratchDir(), 'x')],
        /at least one employer/,
      ],
      [['--names-dir', '/nonexistent', '--out', path.join(scratchDir(), 'x')], /not found in \/nonexistent/],
    ];
    for (const [args, reason] of cases) {
      const r = await homeward(['demo', 'generate', ...args]);
      expect(r.code, args.join(' ')).not.toBe(0);
      // The reason on the first line; commander adds its usual "(run with --help for usage)" hint.
      expect(r.stderr.split('\n')[0]).toMatch(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
