import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/sync/sha256';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes strings as UTF-8 (Chinese text)', async () => {
    // reference: printf '%s' '挂职通：县委组织部' | sha256sum
    expect(await sha256Hex('挂职通：县委组织部')).toBe('4e0f7ca2caa261dbaadc63d59b1546e4cb98ab84cb877ea21836ec4df380673a');
  });

  it('hashes bytes the same as the string they encode', async () => {
    const text = '县委组织部 abc';
    expect(await sha256Hex(new TextEncoder().encode(text))).toBe(await sha256Hex(text));
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // a view into a larger buffer hashes only its own bytes
    expect(await sha256Hex(new TextEncoder().encode('xxabcyy').subarray(2, 5))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
