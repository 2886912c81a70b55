import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import { ValidationError } from '../../../renderer/src/db/errors';
import { newStore } from './test-store';

const month = { postingId: 'p1', month: '2026-11' };
const ID = keyedId('attendanceMonths', 'p1', '2026-11');

describe('the Writer with records unique by a business key', () => {
  it('derives the id from the key and refuses another one', async () => {
    const store = await newStore();
    const m = await store.write((w) => w.create('attendanceMonths', { ...month, d05: 'present' }));
    expect(m.id).toBe(ID);
    await expect(store.write((w) => w.create('attendanceMonths', { ...month, d06: 'present' }, { id: 'mine' }))).rejects.toThrow(/derived from its key/);
  });

  it('stamps only the fields given, so another PC’s days are not overwritten', async () => {
    const store = await newStore();
    const m = await store.write((w) => w.create('attendanceMonths', { ...month, d05: 'present' }));
    expect(Object.keys(m._clock).sort()).toEqual(['_deleted', 'd05', 'month', 'postingId']);
    expect(m.d06 ?? null).toBeNull();
  });

  it('creating an existing record again updates it, stamping only what changed', async () => {
    const store = await newStore();
    const first = await store.write((w) => w.create('attendanceMonths', { ...month, d05: 'present' }));
    const second = await store.write((w) => w.create('attendanceMonths', { ...month, d06: 'leave' }));
    expect(await store.db.attendanceMonths.count()).toBe(1);
    expect([second.d05, second.d06]).toEqual(['present', 'leave']);
    expect(second._clock.d05).toBe(first._clock.d05);
    expect(second._clock.d06! > first._hlc).toBe(true);
    const same = await store.write((w) => w.create('attendanceMonths', { ...month, d06: 'leave' }));
    expect(same._hlc).toBe(second._hlc);
  });

  it('creating a deleted record again restores it', async () => {
    const store = await newStore();
    await store.write((w) => w.create('attendanceMonths', { ...month, d05: 'present' }));
    await store.write((w) => w.remove('attendanceMonths', ID));
    const back = await store.write((w) => w.create('attendanceMonths', { ...month, d07: 'absent' }));
    expect(back._deleted).toBe(false);
    expect(back._live).toBe(1);
    expect(await store.db.attendanceMonths.count()).toBe(1);
  });

  it('never changes the key of a record, and says so in Chinese', async () => {
    const store = await newStore();
    await store.write((w) => w.create('attendanceMonths', { ...month, d05: 'present' }));
    const e = await store.write((w) => w.update('attendanceMonths', ID, { month: '2026-12' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues).toEqual([{ field: 'month', message: '考勤记录的“月份”不能修改；如登记有误，请删除后重新登记' }]);
  });

  it('keys a payment by posting, month and rule, but not its adjustment lines', async () => {
    const store = await newStore();
    const pay = { postingId: 'p1', month: '2026-10', ruleId: 'r1', unitAmount: 500, amount: 500, status: 'approved', payer: 'dispatching' };
    const p = await store.write((w) => w.create('subsidyPayments', pay));
    expect(p.id).toBe(keyedId('subsidyPayments', 'p1', '2026-10', 'r1'));
    const a1 = await store.write((w) => w.create('subsidyPayments', { ...pay, amount: -100, adjustsPaymentId: p.id }));
    const a2 = await store.write((w) => w.create('subsidyPayments', { ...pay, amount: -50, adjustsPaymentId: p.id }));
    expect(new Set([p.id, a1.id, a2.id]).size).toBe(3);
    expect(await store.db.subsidyPayments.count()).toBe(3);
  });
});
