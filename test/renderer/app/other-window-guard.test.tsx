import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OtherWindowGuard } from '../../../renderer/src/app/other-window-guard';
import { StoreProvider, useSite } from '../../../renderer/src/app/store-context';
import { GztDatabase } from '../../../renderer/src/db/database';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import { Store } from '../../../renderer/src/db/store';
import { FakeLocks } from '../db/fake-locks';

afterEach(cleanup);

const NOTICE = '挂职通已在另一个窗口中打开';

function SiteLabel() {
  const { site } = useSite();
  return <p>{site ? `本机：${site.label}` : '尚未设置'}</p>;
}

/** One browser window of the app: its own Store on the shared database, the shared lock manager. */
function renderWindow(store: Store, locks: FakeLocks) {
  const { container } = render(
    <StoreProvider open={() => Promise.resolve(store)} locks={locks} loading={<p>正在打开</p>} failed={(e) => <p>{e.message}</p>}>
      <OtherWindowGuard>
        <SiteLabel />
      </OtherWindowGuard>
    </StoreProvider>,
  );
  return within(container);
}

describe('a second window of the app', () => {
  it('says plainly that the app is open in another window, can take over, and the first is then told', async () => {
    const name = `guard-${Math.random().toString(16).slice(2)}`;
    const locks = new FakeLocks();
    const storeA = await Store.open(new GztDatabase(name));
    const storeB = await Store.open(new GztDatabase(name));
    const a = renderWindow(storeA, locks);
    await a.findByText('尚未设置');
    const b = renderWindow(storeB, locks);
    await b.findByText(NOTICE);
    b.getByText(/同一时间只能在一个窗口中使用挂职通/);
    expect(a.queryByText(NOTICE)).toBeNull();
    await expect(storeB.setUp({ label: '第二个窗口', role: 'orgDept', countyName: '开江县' }, { name: '中共开江县委组织部', level: 'county', kind: 'partyOrgan', isInCounty: true })).rejects.toThrow(NOTICE);

    // the first window sets this PC up; the second takes over and sees it
    await storeA.setUp({ label: '开江县委组织部', role: 'orgDept', countyName: '开江县' }, { name: '中共开江县委组织部', level: 'county', kind: 'partyOrgan', isInCounty: true });
    await act(async () => fireEvent.click(b.getByRole('button', { name: '在此窗口中使用' })));
    await waitFor(() => expect(b.queryByText(NOTICE)).toBeNull());
    await b.findByText('本机：开江县委组织部');
    await a.findByText(NOTICE);
    a.getByText(/本窗口已停止修改数据/);
    await storeB.write((w) => createUnit(w, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true }));
    await expect(storeA.write((w) => createUnit(w, { name: '任市镇人民政府', level: 'township', kind: 'township', isInCounty: true }))).rejects.toThrow(NOTICE);

    // and back
    await act(async () => fireEvent.click(a.getByRole('button', { name: '在此窗口中使用' })));
    await waitFor(() => expect(a.queryByText(NOTICE)).toBeNull());
    await b.findByText(NOTICE);
    await storeA.write((w) => createUnit(w, { name: '任市镇人民政府', level: 'township', kind: 'township', isInCounty: true }));
    expect(screen.getAllByText('本机：开江县委组织部')).toHaveLength(2);
    storeA.close();
    storeB.close();
  });
});
