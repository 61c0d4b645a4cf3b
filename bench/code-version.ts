/**
 * Which code a run measured: the commit, and the tracked files that differed from it. Several people work in
 * one tree, so a figure taken on uncommitted changes must say so.
 */
import { execFileSync } from 'node:child_process';

export interface CodeVersion {
  commit: string | null;
  /** Files changed or added since the commit when the run started (empty for a clean checkout). */
  changedFiles: string[];
}

export function codeVersion(root: string): CodeVersion {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const commit = git('rev-parse', 'HEAD').trim();
    // Untracked files count too (a new module of work in progress), except a linked node_modules.
    const changedFiles = git('status', '--porcelain', '--untracked-files=all')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
      .filter((file) => file !== 'node_modules');
    return { commit, changedFiles };
  } catch {
    // Not a git checkout (an exported tree): the run still counts, it just cannot name its commit.
    return { commit: null, changedFiles: [] };
  }
}
