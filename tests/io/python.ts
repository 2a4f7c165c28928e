import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's interpreter (where python3-torch installs torch), else whatever python3 is on the PATH. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const probe = (code: string) => spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' }).status === 0;
export const hasPython = probe('pass');
export const hasTorch = hasPython && probe('import torch');

/** Writes the script to a fresh folder and returns its path. */
export function saveScript(text: string, name = 'weightscope_run.py'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'weightscope-')), name);
  writeFileSync(path, text);
  return path;
}

/** Runs Python code with the script loaded as the module `run`; returns what it prints, or throws. */
export function withScript(path: string, code: string, o: { withoutTorch?: boolean } = {}): string {
  const prelude = [
    'import importlib.util, json, sys',
    // None in sys.modules makes `import torch` raise ImportError, as on a machine without torch.
    o.withoutTorch ? 'sys.modules["torch"] = None' : '',
    `spec = importlib.util.spec_from_file_location("run", ${JSON.stringify(path)})`,
    'run = importlib.util.module_from_spec(spec)',
    'spec.loader.exec_module(run)',
  ].join('\n');
  const r = spawnSync(PYTHON, ['-c', `${prelude}\n${code}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Runs the script as a program. */
export function runScript(path: string, args: string[]): string {
  const r = spawnSync(PYTHON, [path, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
