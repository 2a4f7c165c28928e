import { describe, expect, it } from 'vitest';
import type { NumberKey } from '../../src/domain/settings';
import { acceptedTexts, linkMessage, refusedTexts } from '../domain/limitCases';
import { cli } from './run';

/** Each command-line flag that sets one of the app's settings: the command and the flag. */
const FLAGS: [NumberKey, string, string][] = [
  ['lr', 'train', 'lr'],
  ['batchSize', 'train', 'batch-size'],
  ['l1', 'train', 'l1'],
  ['l2', 'train', 'l2'],
  ['momentum', 'train', 'momentum'],
  ['seed', 'train', 'seed'],
  ['initValue', 'init', 'init-value'],
  ['seed', 'init', 'seed'],
];

describe('the command line refuses a setting exactly as a link does', () => {
  it.each(FLAGS)('%s (%s --%s): every refused value, the link’s message', (key, command, flag) => {
    for (const text of refusedTexts(key)) {
      const why = linkMessage(key, text);
      expect(why, text).not.toBeNull();
      const r = cli(command, `--${flag}=${text}`);
      expect(r.stderr, text).toBe(`weightscope: error: --${flag}: ${why} (see --help)\n`);
      expect(r.code).toBe(2);
    }
  });

  it.each(FLAGS)('%s (%s --%s): the bounds are accepted, as in a link', (key, command, flag) => {
    for (const text of acceptedTexts(key)) {
      expect(linkMessage(key, text)).toBeNull();
      // The flag is read; the command then stops only because its required flags are missing.
      const r = cli(command, `--${flag}=${text}`);
      expect(r.stderr, text).toMatch(new RegExp(`^weightscope: error: '${command}' needs --`));
    }
  });

  it('refuses lr=50, which the app used to pull down to its limit', () => {
    expect(cli('train', '--lr', '50').stderr).toBe(
      'weightscope: error: --lr: learning rate must be between 0.000001 and 10; got 50 (see --help)\n',
    );
  });
});
