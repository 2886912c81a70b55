import { afterEach, describe, expect, it, vi } from 'vitest';
import { GztDatabase } from '../../../renderer/src/db/database';
import { ReadOnlyError } from '../../../renderer/src/db/errors';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import { listUnits } from '../../../renderer/src/db/queries/units';
import { Store } from '../../../renderer/src/db/store';
import { OTHER_WINDOW_REFUSAL, WriteLock, writeLockName } from '../../../renderer/src/db/write-lock';
import { FakeLocks } from './fake-locks';
import { newStore } from './test-store';

const town = (name: string) => ({ name, level: 'township', kind: 'township', isInCounty: true }) as const;
const settle = () => new Promise((r) => setTimeout(r, 0));

const claimed: WriteLock[] = [];
async function claim(locks: FakeLocks | undefined, name = 'guazhitong'): Promise<WriteLock> {
  const lock = await WriteLock.claim(writeLockName(name), locks);
  claimed.push(lock);
  return lock;
}
afterEach(() => {
  for (const lock of claimed.splice(0)) lock.release();
});

describe('one writing window per database', () => {
  it('the first window writes; a second one is told another window has it, and waits', async () => {
    const locks = new FakeLocks();
    const first = await claim(locks);
    const second = await claim(locks);
    expect([first.state, first.canWrite]).toEqual(['held', true]);
    expect([second.state, second.canWrite]).toEqual(['elsewhere', false]);
    expect(second.refusal).toBe(OTHER_WINDOW_REFUSAL);
    const other = await claim(locks, 'another-database');
    expect(other.state).toBe('held');
  });

  it('a waiting window can take over: it writes at once and the other is told it was taken', async () => {
    const locks = new FakeLocks();
    const first = await claim(locks);
    const second = await claim(locks);
    const heard = vi.fn();
    first.onChange(heard);
    await second.takeOver();
    await settle();
    expect(second.state).toBe('held');
    expect(first.state).toBe('taken');
    expect(heard).toHaveBeenCalledWith('taken');
    await first.takeOver();
    await settle();
    expect([first.state, second.state]).toEqual(['held', 'taken']);
    expect(locks.heldNames()).toEqual([writeLockName('guazhitong')]);
  });

  it('when the writing window closes, the waiting one becomes the writer by itself', async () => {
    const locks = new FakeLocks();
    const first = await claim(locks);
    const second = await claim(locks);
    const third = await claim(locks);
    first.release();
    await settle();
    expect(second.state).toBe('held');
    expect(third.state).toBe('elsewhere');
    second.release();
    await settle();
    expect(third.state).toBe('held');
  });

  it('a window taken over gets the lock back when the window that took it closes', async () => {
    const locks = new FakeLocks();
    const first = await claim(locks);
    const second = await claim(locks);
    await second.takeOver();
    await settle();
    second.release();
    await settle();
    expect(first.state).toBe('held');
  });

  it('without Web Locks there is no election: the window writes', async () => {
    const solo = await claim(undefined);
    expect(solo.canWrite).toBe(true);
    await solo.takeOver();
    expect(solo.state).toBe('held');
  });

  it('the Store of a window without the lock refuses to write, and writes again after taking over', async () => {
    const locks = new FakeLocks();
    const a = await newStore();
    const b = await Store.open(new GztDatabase(a.db.name));
    const lockA = await claim(locks, a.db.name);
    const lockB = await claim(locks, b.db.name);
    a.restrictWrites(lockA);
    b.restrictWrites(lockB);
    await expect(b.write((w) => createUnit(w, town('讲治镇人民政府')))).rejects.toEqual(new ReadOnlyError(OTHER_WINDOW_REFUSAL));
    expect((await listUnits(a.db)).map((u) => u.name)).toEqual(['中共开江县委组织部']);

    await lockB.takeOver();
    await settle();
    await b.write((w) => createUnit(w, town('讲治镇人民政府')));
    await expect(a.write((w) => createUnit(w, town('任市镇人民政府')))).rejects.toBeInstanceOf(ReadOnlyError);
    expect((await listUnits(a.db)).map((u) => u.name).sort()).toEqual(['中共开江县委组织部', '讲治镇人民政府'].sort());
    b.close();
  });
});
