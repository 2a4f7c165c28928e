import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `weightscope <args>` as a person would: a new Node process through tsx, no build step. About a
 * second each, so the tests spawn for the main paths and call runCli in-process for the rest.
 */
export function spawnCli(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary folder with the given files written into it; returns a path maker. */
export function tempFiles(files: Record<string, string> = {}): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'weightscope-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return (name) => join(dir, name);
}

/** The same command in this process: the code path main.ts runs, without the start-up cost. */
export const cli = (...args: string[]): CliRun => runCli(args);

/** Time allowed for a test that spawns processes, on a busy 2-core machine. */
export const SPAWN_TIMEOUT = 30_000;
