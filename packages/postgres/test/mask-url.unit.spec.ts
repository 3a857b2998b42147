import { describe, expect, it } from 'vitest';
import { maskUrl } from '../src/index.js';
import { scrubSecrets } from '../src/open/mask-url.js';

describe('maskUrl', () => {
  it.each([
    ['postgres://claims:s3cret@db:5432/claims', 'postgres://claims:***@db:5432/claims'],
    ['postgresql://claims:p%40ss%2Fword@db/claims', 'postgresql://claims:***@db/claims'],
    ['postgres://claims:p@ss@db/claims', 'postgres://claims:***@db/claims'],
    [
      'postgres://claims@db/claims?password=s3cret&sslmode=require',
      'postgres://claims@db/claims?password=***&sslmode=require',
    ],
    ['postgres://db/claims?sslpassword=s3cret', 'postgres://db/claims?sslpassword=***'],
    ['postgres://claims@db:5432/claims', 'postgres://claims@db:5432/claims'],
    ['pglite:./.parcel-claims', 'pglite:./.parcel-claims'],
    ['postgres://claims:s3cret@[::1', 'postgres://claims:***@[::1'],
  ])('masks %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });
});

describe('scrubSecrets', () => {
  it('removes the password of a URL from other text, raw and decoded', () => {
    const url = 'postgres://claims:p%40ss@db/claims?password=other';
    expect(scrubSecrets('failed for p%40ss, p@ss and other', url)).toBe('failed for ***, *** and ***');
  });
});
