import { describe, expect, test } from 'vitest';
import { matchPattern } from './router';

const segments = (path: string) => path.split('/').filter(Boolean);

describe('matchPattern', () => {
  test('an index route matches only when nothing is left over', () => {
    expect(matchPattern('', [])).toEqual({ consumed: 0, params: {} });
    expect(matchPattern('', segments('/join'))).toBeNull();
  });

  test('static segments match whole segments, in any case, with or without a trailing slash', () => {
    expect(matchPattern('join', segments('/join/'))).toEqual({ consumed: 1, params: {} });
    expect(matchPattern('join', segments('/JOIN'))).toEqual({ consumed: 1, params: {} });
    expect(matchPattern('join', segments('/joined'))).toBeNull();
    expect(matchPattern('join', segments('/join/more'))).toBeNull();
  });

  test('params capture one decoded segment', () => {
    expect(matchPattern('s/:code', segments('/s/AB12-CD34'))).toEqual({ consumed: 2, params: { code: 'AB12-CD34' } });
    expect(matchPattern('s/:code', segments('/s/a%20b'))).toEqual({ consumed: 2, params: { code: 'a b' } });
    expect(matchPattern('s/:code', segments('/s'))).toBeNull();
    expect(matchPattern('s/:code', segments('/s/a/b'))).toBeNull();
    // A malformed escape matches nothing, so the not-found page shows instead of an error.
    expect(matchPattern('s/:code', segments('/s/%E0%A4%A'))).toBeNull();
  });

  test('a trailing * matches the prefix and leaves the rest for a nested <Routes>', () => {
    expect(matchPattern('staff/*', segments('/staff'))).toEqual({ consumed: 1, params: { '*': '' } });
    expect(matchPattern('staff/*', segments('/staff/services/new'))).toEqual({ consumed: 1, params: { '*': 'services/new' } });
    expect(matchPattern('staff/*', segments('/staffroom'))).toBeNull();
    expect(matchPattern('*', segments('/anything/at/all'))).toEqual({ consumed: 0, params: { '*': 'anything/at/all' } });
  });
});
