import { describe, expect, it, vi } from 'vitest';
import { checkStoragePersistence } from '../../../renderer/src/app/storage-persistence';

describe('storage that may vanish', () => {
  it('asks for persistent storage only when it is not already, and reports what the browser answered', async () => {
    const persist = vi.fn(async () => true);
    await expect(checkStoragePersistence({ persisted: async () => true, persist })).resolves.toBe('persistent');
    expect(persist).not.toHaveBeenCalled();
    await expect(checkStoragePersistence({ persisted: async () => false, persist })).resolves.toBe('persistent');
    expect(persist).toHaveBeenCalledTimes(1);
    await expect(checkStoragePersistence({ persisted: async () => false, persist: async () => false })).resolves.toBe('best-effort');
    await expect(checkStoragePersistence({ persisted: async () => false })).resolves.toBe('best-effort');
    await expect(checkStoragePersistence(undefined)).resolves.toBe('unknown');
    await expect(checkStoragePersistence({ persisted: () => Promise.reject(new DOMException('denied', 'SecurityError')) })).resolves.toBe('unknown');
  });
});
