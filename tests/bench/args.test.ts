import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZES,
  DEFAULT_VARIED_SIZES,
  MODES,
  PARTS,
  parseArgs,
  variedSizesUpTo,
} from '../../scripts/bench/args.ts';

describe('parseArgs', () => {
  it('runs every part on every size by default', () => {
    const options = parseArgs([]);
    expect(options.parts).toEqual([...PARTS]);
    expect(options.sizes).toEqual(DEFAULT_SIZES);
    expect(options.modes).toEqual([...MODES]);
    expect(options.variedSizes).toEqual([100, 300, 1000, 3000]);
    expect(DEFAULT_VARIED_SIZES).toEqual([100, 300, 1000, 3000]);
    expect(options.help).toBe(false);
  });

  it('takes the modes, the varied sizes, and --max for the varied ladder', () => {
    expect(parseArgs(['--modes', 'varied,seeds']).modes).toEqual(['seeds', 'varied']);
    expect(parseArgs(['--modes=varied']).modes).toEqual(['varied']);
    expect(parseArgs(['--varied-sizes', '300,20,300']).variedSizes).toEqual([20, 300]);
    expect(parseArgs(['--max', '10000']).variedSizes).toEqual([100, 300, 1000, 3000, 10_000]);
    expect(parseArgs(['--max', '1000']).variedSizes).toEqual([100, 300, 1000]);
    expect(variedSizesUpTo(500)).toEqual([100, 300, 500]);
    expect(() => parseArgs(['--modes', 'fast'])).toThrow(/--modes expects some of seeds, varied/);
    expect(() => parseArgs(['--max', '0'])).toThrow(/--max expects a whole number/);
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
