import { readFileSync, writeFileSync } from 'node:fs';
import { parseModel, parseModelFile, type Mlp, type ParsedModelFile } from '../engine';
import { parseCsvTable, type CsvTable } from '../datasets/csvTable';
import { CliError } from './errors';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** A model file, or the same message the app shows when importing it, prefixed with the file's name. */
export function readModel(path: string): Mlp {
  const r = parseModel(readText(path));
  if (!r.ok) throw new CliError(`${path}: ${r.error}`);
  return r.value;
}

/** A model file with the features its inputs are (null when it names none). */
export function readModelFile(path: string): ParsedModelFile {
  const r = parseModelFile(readText(path));
  if (!r.ok) throw new CliError(`${path}: ${r.error}`);
  return r.value;
}

/** A CSV table in file order, or parseCsv's message naming row and column. */
export function readTable(path: string): CsvTable {
  const r = parseCsvTable(readText(path));
  if (!r.ok) throw new CliError(`${path}: ${r.error}`);
  return r.value;
}

export function writeText(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
