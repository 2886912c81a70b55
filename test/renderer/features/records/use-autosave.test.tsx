import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DRAFT, draftKey, readDraft } from '../../../../renderer/src/features/records/entries/drafts';
import { useAutosave } from '../../../../renderer/src/features/records/entries/use-autosave';
import { ValidationError } from '../../../../renderer/src/db/errors';

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

const KEY = draftKey('p1', 'daily', '2026-05-06');

describe('autosave of a 纪实 entry', () => {
  it('keeps every keystroke as a draft at once and saves after a pause; the draft goes once saved', async () => {
    const save = vi.fn(async () => undefined);
    const { result } = renderHook(() => useAutosave({ draftKey: KEY, stored: EMPTY_DRAFT, save }));
    act(() => result.current.change({ content: '走访脱贫户' }));
    expect(readDraft(KEY)?.content).toBe('走访脱贫户');
    expect(save).not.toHaveBeenCalled();
    expect(result.current.state).toBe('editing');
    await act(async () => vi.advanceTimersByTimeAsync(700));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ content: '走访脱贫户' }));
    expect(result.current.state).toBe('saved');
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('a draft left by a reload comes back and is saved right away', async () => {
    const first = renderHook(() => useAutosave({ draftKey: KEY, stored: EMPTY_DRAFT, save: () => new Promise(() => undefined) }));
    act(() => first.result.current.change({ content: '整理防返贫监测户档案' }));
    first.unmount(); // the page goes before the save finishes

    const save = vi.fn(async () => undefined);
    const { result } = renderHook(() => useAutosave({ draftKey: KEY, stored: EMPTY_DRAFT, save }));
    expect(result.current.value.content).toBe('整理防返贫监测户档案');
    await act(async () => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ content: '整理防返贫监测户档案' }));
  });

  it('a refused save keeps the draft and says why; an entry without content waits as a draft', async () => {
    const save = vi.fn(async () => {
      throw new ValidationError([{ field: 'location', message: '地点不能超过60个字' }]);
    });
    const ready = (v: typeof EMPTY_DRAFT) => v.content.trim() !== '' || !v.location;
    const { result } = renderHook(() => useAutosave({ draftKey: KEY, stored: EMPTY_DRAFT, save, ready }));
    act(() => result.current.change({ location: '石岭村' }));
    await act(async () => vi.advanceTimersByTimeAsync(700));
    expect(result.current.state).toBe('waiting');
    expect(save).not.toHaveBeenCalled();
    act(() => result.current.change({ content: '走访' }));
    await act(async () => result.current.flush());
    expect(result.current.state).toBe('failed');
    expect(result.current.error).toBe('地点不能超过60个字');
    expect(readDraft(KEY)).toMatchObject({ content: '走访', location: '石岭村' });
  });
});
