import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, PARTS, parseArgs } from '../../scripts/bench/args.ts';

describe('parseArgs', () => {
  it('runs every part on every size by default', () => {
    const options = parseArgs([]);
    expect(options.parts).toEqual([...PARTS]);
    expect(options.sizes).toEqual(DEFAULT_SIZES);
    expect(options.help).toBe(false);
  });

  it('takes --only and --sizes, with a space or an equals sign, and keeps the parts in running order', () => {
    const options = parseArgs(['--only', 'analysis,weight', '--sizes=100,seeds,10,10', '--timeout', '30']);
    expect(options.parts).toEqual(['weight', 'analysis']);
    expect(options.sizes).toEqual(['seeds', 10, 100]);
    expect(options.timeout).toBe(30);
  });

  it('takes the other options', () => {
    const options = parseArgs([
      '--runs',
      '1',
      '--repeats',
      '4',
      '--seed',
      '0',
      '--dist',
      'x',
      '--out',
      'y.json',
      '-h',
    ]);
    expect(options).toMatchObject({
      lighthouseRuns: 1,
      repeats: 4,
      seed: 0,
      dist: 'x',
      out: 'y.json',
      help: true,
    });
  });

  it('refuses bad usage with a message that names the option', () => {
    expect(() => parseArgs(['--only', 'speed'])).toThrow(/--only expects some of weight/);
    expect(() => parseArgs(['--sizes', '10,abc'])).toThrow(/--sizes expects a whole number/);
    expect(() => parseArgs(['--sizes', '0'])).toThrow(/--sizes/);
    expect(() => parseArgs(['--timeout'])).toThrow(/--timeout expects a value/);
    expect(() => parseArgs(['--runs', '--only'])).toThrow(/--runs expects a value/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});
