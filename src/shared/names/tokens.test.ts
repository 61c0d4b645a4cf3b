import { describe, expect, it } from 'vitest';
import { khmerKey } from '../khmer';
import { khmerWords, latinWords, nameTokens } from './tokens';

describe('nameTokens', () => {
  it('uses the family and given columns when they are filled', () => {
    const t = nameTokens('Sok', 'Srey Mom');
    expect(t.family).toEqual(['sok']);
    expect(t.given).toEqual(['srey', 'mom']);
    expect(t.givenKey).toBe(nameTokens(null, 'Sreymom').givenKey);
    expect(t.guessed).toBe(false);
  });

  it('splits a full name family first, and says the split is a guess', () => {
    const t = nameTokens(null, null, 'SOK  Dara');
    expect(t.family).toEqual(['sok']);
    expect(t.given).toEqual(['dara']);
    expect(t.guessed).toBe(true);
  });

  it('drops titles in front of a name, never the name itself', () => {
    expect(nameTokens(null, null, 'Mr. Sok Dara').family).toEqual(['sok']);
    expect(nameTokens(null, null, 'Lok Srey Chan Sreymom').family).toEqual(['chan']);
    expect(nameTokens('Lok', null).family).toEqual(['lok']);
    // "Srey" after "Lok" is the title Lok Srey (Mrs) only when a name follows it.
    expect(nameTokens(null, null, 'Lok Srey Mom').family).toEqual(['mom']);
    expect(nameTokens(null, null, 'Lok Srey').family).toEqual(['srey']);
  });

  it('ignores a Khmer full name (the comparator reads it in Khmer)', () => {
    const t = nameTokens(null, null, 'សុខ ដារា');
    expect(t.family).toEqual([]);
    expect(t.givenKey).toBe('');
  });

  it('strips accents and punctuation', () => {
    expect(latinWords("Kâmpóng-Chhnăng, O'Neil")).toEqual(['kampong', 'chhnang', 'o', 'neil']);
  });
});

describe('khmerWords', () => {
  it('drops Khmer titles, glued or not', () => {
    expect(khmerWords('លោក សុខ ដារា')).toEqual([khmerKey('សុខ'), khmerKey('ដារា')]);
    expect(khmerWords('លោកស្រីចាន់ ស្រីមុំ')).toEqual([khmerKey('ចាន់'), khmerKey('ស្រីមុំ')]);
    expect(khmerWords('កញ្ញា សុខ ស្រីពៅ')).toEqual([khmerKey('សុខ'), khmerKey('ស្រីពៅ')]);
  });

  it('keeps Kanha, a given name, in front of one other word', () => {
    expect(khmerWords('កញ្ញា អ៊ុក')).toEqual([khmerKey('កញ្ញា'), khmerKey('អ៊ុក')]);
  });

  it('keeps a name that merely starts like a title word', () => {
    expect(khmerWords('ឯក សុខា')).toEqual([khmerKey('ឯក'), khmerKey('សុខា')]);
  });
});
