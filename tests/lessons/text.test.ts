/** Lesson text says what the page shows (issue 11). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from '../../src/lessons';

const words = (id: string) => {
  const l = lessonById(id)!;
  return [l.intro, ...l.tryThis, ...l.notice].join('\n');
};
const source = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

describe('lesson text', () => {
  it('lesson 7 names the L1 rule as the menu does: "clip at zero"', () => {
    expect(source('components/controls/HyperParams.tsx')).toContain('>clip at zero<');
    for (const l of LESSONS)
      expect([l.intro, ...l.tryThis, ...l.notice].join(' ')).not.toMatch(/stop(ping)? at zero/);
    expect(words('regularisation')).toContain('"clip at zero"');
  });

  it('lesson 1 points to what the step inspector shows: the δ and a of each sample and "mean δ·a"', () => {
    const text = words('negative-weights');
    expect(text).toContain('Step inspector');
    expect(text).toContain('mean δ·a');
    // The names it quotes are the inspector's own.
    expect(source('components/inspector/StepArithmetic.tsx')).toContain('mean δ·${aName}');
    expect(source('components/inspector/SampleTable.tsx')).toContain('δ (receiving)');
    expect(source('components/inspector/StepInspector.tsx')).toContain('Step inspector');
  });

  it('lesson 9 does not call the bias the unit’s output, and says why σ(b) is not the share of blue points', () => {
    const text = words('biases');
    expect(text).not.toMatch(/bias is the unit.s output/);
    expect(text).toMatch(/σ\(b\)/);
    expect(text).toMatch(/share/);
    expect(text).toMatch(/mean output/);
  });
});
