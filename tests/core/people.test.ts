import { describe, expect, it } from 'vitest';
import { accountOf, sameAccount } from '../../src/core/people';

describe('telling accounts apart by email', () => {
  it('ignores case everywhere, and Gmail’s dots and +tags', () => {
    expect(accountOf(' Coach@Example.com ')).toBe('coach@example.com');
    expect(accountOf('Ana.Silva+gym@googlemail.com')).toBe('anasilva@gmail.com');
    expect(sameAccount('ana.silva@gmail.com', 'AnaSilva@gmail.com')).toBe(true);
  });

  it('keeps dots and tags that other domains may use to name different people', () => {
    expect(sameAccount('ana.silva@club.org', 'anasilva@club.org')).toBe(false);
    expect(sameAccount('ana+1@club.org', 'ana@club.org')).toBe(false);
  });

  it('never matches a blank email, which names nobody', () => {
    expect(sameAccount('', '')).toBe(false);
    expect(sameAccount(' ', '')).toBe(false);
  });
});
