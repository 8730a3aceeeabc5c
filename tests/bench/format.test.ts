import { describe, expect, it } from 'vitest';
import { duration, formatTable, growthExponent, kb, median } from '../../scripts/bench/format.ts';
import { atLeast, atMost, below } from '../../scripts/bench/targets.ts';

describe('formatTable', () => {
  it('pads columns to the widest cell, right-aligns numeric columns and rules the header', () => {
    const table = formatTable(
      ['size', 'time', 'note'],
      [
        ['seeds', '850 ms', 'cold'],
        ['1000', '12.3 s', ''],
      ],
    );
    expect(table.split('\n')).toEqual([
      'size     time  note',
      '-----  ------  ----',
      'seeds  850 ms  cold',
      '1000   12.3 s',
    ]);
  });

  it('keeps a column left-aligned when one cell is not a number, and ignores missing values', () => {
    const table = formatTable(
      ['a', 'b'],
      [
        ['x', '—'],
        ['y', '3 ms'],
        ['z', 'timed out after 180.0 s'],
      ],
    );
    expect(table.split('\n')[3]).toBe('y  3 ms');
    const numericWithDash = formatTable(
      ['a', 'b'],
      [
        ['x', '—'],
        ['y', '3 ms'],
        ['z', '12 ms'],
      ],
    );
    expect(numericWithDash.split('\n')[3]).toBe('y   3 ms');
  });
});

describe('units and statistics', () => {
  it('formats bytes, durations and medians', () => {
    expect(kb(2048)).toBe('2.0 kB');
    expect(duration(849.6)).toBe('850 ms');
    expect(duration(12_340)).toBe('12.3 s');
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reads the growth exponent of a cost: 1 for linear, 2 for quadratic, 3 for cubic', () => {
    expect(growthExponent(10, 5, 100, 50)).toBeCloseTo(1);
    expect(growthExponent(100, 1, 300, 9)).toBeCloseTo(2);
    expect(growthExponent(10, 1, 1000, 1e6)).toBeCloseTo(3);
    expect(growthExponent(10, 0, 100, 5)).toBeUndefined();
    expect(growthExponent(10, 1, 10, 5)).toBeUndefined();
  });
});

describe('targets', () => {
  it('says pass, over or under, and not measured without a value', () => {
    expect(atMost('js', 120, 110, 'KiB').status).toBe('over');
    expect(atMost('js', 110, 110, 'KiB').status).toBe('pass');
    expect(atLeast('perf', 94, 95, '').status).toBe('under');
    expect(atLeast('perf', 95, 95, '')).toMatchObject({ status: 'pass', target: '≥ 95' });
    expect(below('k', 2, 2, '').status).toBe('over');
    expect(atMost('time', null, 10, 'ms')).toMatchObject({ status: 'not measured', value: null });
    expect(atMost('time', Number.NaN, 10, 'ms').status).toBe('not measured');
  });
});
