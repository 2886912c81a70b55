import { cleanup, configure, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UnitsPage } from '../../../../renderer/src/features/units/units-page';
import { newStore } from '../../db/test-store';
import { patchJsdomForAntd, renderScreen } from '../render-screen';

configure({ asyncUtilTimeout: 8000 });
beforeAll(patchJsdomForAntd);
afterEach(cleanup);

const clickButton = (text: string) => fireEvent.click(screen.getAllByText(text).at(-1)!.closest('button')!);

/** Unhandled promise rejections while `run` runs (an uncaught rejection is a page error in the app). */
async function rejectionsDuring(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 100));
  } finally {
    process.off('unhandledRejection', onRejection);
  }
  return seen;
}

describe('单位: the dialog', () => {
  it('保存 with the required fields empty shows the messages and raises no uncaught rejection', async () => {
    const store = await newStore();
    renderScreen(store, <UnitsPage />);
    clickButton(await screen.findByText('新增顶级单位').then(() => '新增顶级单位'));
    await screen.findByLabelText('单位全称');
    fireEvent.change(screen.getByLabelText('单位全称'), { target: { value: '' } });
    const rejections = await rejectionsDuring(async () => {
      clickButton('保存');
      await screen.findByText('请填写单位全称');
    });
    expect(rejections).toEqual([]);
    expect(await store.db.units.count()).toBe(1);
  }, 60_000);
});

describe('单位: limits a clerk is told about', () => {
  it('an over-long name and an out-of-range 排序号 are refused with a message, not cut or clamped, and nothing is written', async () => {
    const store = await newStore();
    renderScreen(store, <UnitsPage />);
    clickButton(await screen.findByText('新增顶级单位').then(() => '新增顶级单位'));
    const name = '县'.repeat(61);
    fireEvent.change(await screen.findByLabelText('单位全称'), { target: { value: name } });
    fireEvent.change(screen.getByLabelText('排序号'), { target: { value: '1000001' } });
    clickButton('保存');
    await screen.findByText('单位全称不能超过60个字（现有61个字），请精简');
    await screen.findByText('排序号不能超过1000000，请核对');
    expect((screen.getByLabelText('单位全称') as HTMLInputElement).value).toBe(name);
    expect(await store.db.units.count()).toBe(1);
  }, 60_000);
});
