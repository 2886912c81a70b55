import { describe, expect, it } from 'vitest';
import { parsePrintHash, printRouteHash } from '@shared/ipc/print-route';

describe('print route hashes', () => {
  it('round-trip a route with Chinese and reserved characters in its parameters', () => {
    const route = { kind: 'record-book', params: { postingId: 'a&b=c', variant: '双面 A4', empty: '' } };
    const hash = printRouteHash(route);
    expect(hash).toBe('#/print/record-book?postingId=a%26b%3Dc&variant=%E5%8F%8C%E9%9D%A2%20A4&empty=');
    expect(parsePrintHash(hash)).toEqual(route);
    expect(printRouteHash({ kind: 'test', params: {} })).toBe('#/print/test');
    expect(parsePrintHash('#/print/test')).toEqual({ kind: 'test', params: {} });
  });

  it('are not print routes: other screens, bad kinds, broken escapes are skipped', () => {
    expect(parsePrintHash('#/registry/postings?id=1')).toBeUndefined();
    expect(parsePrintHash('#/print/../etc')).toBeUndefined();
    expect(parsePrintHash('#/print/Test')).toBeUndefined();
    expect(parsePrintHash('#/print/test?a=%E0%A4%A&b=1')).toEqual({ kind: 'test', params: { b: '1' } });
  });
});
