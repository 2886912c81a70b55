import { act, cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUnit } from '../../../../renderer/src/db/repositories/units';
import type { Store } from '../../../../renderer/src/db/store';
import { CadresPage } from '../../../../renderer/src/features/cadres/cadres-page';
import { newStore } from '../../db/test-store';
import { patchJsdomForAntd, renderScreen } from '../render-screen';

// antd forms in jsdom are slow on a loaded machine: give each wait and test room.
configure({ asyncUtilTimeout: 8000 });
beforeAll(patchJsdomForAntd);
beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

async function county(): Promise<Store> {
  const store = await newStore();
  await store.write((w) => createUnit(w, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true }));
  return store;
}

/** Form inputs by field name: antd gives each the field's name as id (much faster than by label in jsdom). */
const FIELD: Record<string, string> = { 姓名: 'name', 身份证号: 'idCardNo', 出生日期: 'birthDate', 入党时间: 'partyJoinDate', 参加工作时间: 'workStartDate', 现任职务: 'currentPost', 任现职时间: 'currentPostSince' };
const input = (label: string) => document.getElementById(FIELD[label]!) as HTMLInputElement;
const type = (label: string, text: string) => fireEvent.change(input(label), { target: { value: text } });
const blur = (label: string) => fireEvent.blur(input(label));
const clickButton = (text: string) => fireEvent.click(screen.getAllByText(text).at(-1)!.closest('button')!);
const message = (text: string | RegExp) => screen.queryAllByText(text).filter((el) => el.closest('.ant-form-item-explain-error'));

async function openNewCadre(store: Store) {
  renderScreen(store, <CadresPage />);
  clickButton(await screen.findByText('登记干部').then(() => '登记干部'));
  await waitFor(() => expect(input('参加工作时间')).toBeTruthy());
}

describe('干部库 form: dates, messages, changes', () => {
  it('a month typed wrong says what is wrong on blur and on save, and 保存 neither throws nor writes', async () => {
    const store = await county();
    await openNewCadre(store);
    type('参加工作时间', '2099.13');
    blur('参加工作时间');
    await waitFor(() => expect(message(/（月份应为1至12）/)).toHaveLength(1));
    // each field is left for the next one (and the click on 保存 takes the focus from the last)
    type('入党时间', '201.06');
    blur('入党时间');
    type('任现职时间', '2024.2.30');
    blur('任现职时间');
    clickButton('保存');
    await waitFor(() => expect(message(/年份“201”应为4位数字/)).toHaveLength(1));
    await waitFor(() => expect(message(/（2024年2月没有30日）/)).toHaveLength(1));
    expect(await store.db.cadres.count()).toBe(0);
  }, 60_000);

  it('a message of a failed save clears as soon as the field is filled in, not at the next save', async () => {
    const store = await county();
    await openNewCadre(store);
    clickButton('保存');
    await waitFor(() => expect(message('请填写姓名')).toHaveLength(1));
    await waitFor(() => expect(message('请填写现任职务')).toHaveLength(1));
    type('姓名', '张三');
    await waitFor(() => expect(message('请填写姓名')).toHaveLength(0));
    expect(message('请填写现任职务')).toHaveLength(1);
    type('现任职务', '讲治镇党委组织委员');
    await waitFor(() => expect(message('请填写现任职务')).toHaveLength(0));
    // a corrected date clears its message while the clerk types, before leaving the field
    type('参加工作时间', '2099.13');
    blur('参加工作时间');
    await waitFor(() => expect(message(/月份应为1至12/)).toHaveLength(1));
    type('参加工作时间', '2009.12');
    await waitFor(() => expect(message(/月份应为1至12/)).toHaveLength(0));
  }, 60_000);

  it('Escape on a changed form asks first; 继续填写 keeps the values, and a reload brings the form back from its draft', async () => {
    const store = await county();
    await openNewCadre(store);
    type('姓名', '张三');
    type('现任职务', '讲治镇党委组织委员');
    fireEvent.keyDown(document.querySelector('.ant-drawer-section, .ant-drawer-content')!, { key: 'Escape', code: 'Escape', keyCode: 27 });
    await screen.findAllByText('放弃未保存的修改？');
    clickButton('继续填写');
    await waitFor(() => expect(screen.queryAllByText('放弃未保存的修改？')).toHaveLength(0));
    expect(input('姓名').value).toBe('张三');

    // a reload: the page mounts again in the same window (sessionStorage survives)
    cleanup();
    renderScreen(store, <CadresPage />);
    await screen.findByText(/已恢复.*未保存的内容/);
    expect(input('姓名').value).toBe('张三');
    expect(input('现任职务').value).toBe('讲治镇党委组织委员');

    // discarding drops the draft: the next reload shows the list only
    clickButton('取消');
    await screen.findAllByText('放弃未保存的修改？');
    clickButton('放弃修改');
    await waitFor(() => expect(input('姓名')).toBeNull());
    cleanup();
    renderScreen(store, <CadresPage />);
    await screen.findByText('登记干部');
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(input('姓名')).toBeNull();
  }, 60_000);
});

describe('干部库 form: the ID number and what it fills in', () => {
  it('clearing the ID number clears the sex, birth date and age derived from the old number, and unlocks them', async () => {
    const store = await county();
    await openNewCadre(store);
    type('身份证号', '34052419800101001X');
    await waitFor(() => expect(input('出生日期').value).toBe('1980.01.01'));
    expect(input('出生日期').disabled).toBe(true);
    expect(screen.getByTitle('男')).toBeTruthy();
    expect(screen.getByText(/^出生日期（\d+岁）$/)).toBeTruthy();

    type('身份证号', '');
    await waitFor(() => expect(input('出生日期').value).toBe(''));
    expect(input('出生日期').disabled).toBe(false);
    expect(screen.queryByTitle('男')).toBeNull();
    expect(screen.queryByText(/^出生日期（\d+岁）$/)).toBeNull();

    // an edit that breaks the number does the same
    type('身份证号', '34052419800101001X');
    await waitFor(() => expect(input('出生日期').value).toBe('1980.01.01'));
    type('身份证号', '3405241980010100');
    await waitFor(() => expect(input('出生日期').value).toBe(''));
    await waitFor(() => expect(message('身份证号码应为18位（当前为16位），请核对')).toHaveLength(1));
  }, 60_000);
});
