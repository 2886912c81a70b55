import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ensurePersistentStorage } from '../../../renderer/src/app/storage-persistence';
import { StorageWarning } from '../../../renderer/src/components/storage-warning';

afterEach(cleanup);

describe('storage that is persistent (the desktop app)', () => {
  it('shows no warning', async () => {
    await ensurePersistentStorage({ persisted: async () => true });
    expect(render(<StorageWarning />).container.innerHTML).toBe('');
  });
});
