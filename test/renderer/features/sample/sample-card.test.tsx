import { cleanup, configure, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../../../../renderer/src/db/operations';
import { SampleCard } from '../../../../renderer/src/features/sample/sample-card';
import { newStore } from '../../db/test-store';
import { patchJsdomForAntd, renderScreen } from '../render-screen';

configure({ asyncUtilTimeout: 15000 });
beforeAll(patchJsdomForAntd);
afterEach(cleanup);

const clickButton = (text: string) => fireEvent.click(screen.getAllByText(text).at(-1)!.closest('button')!);

describe('设置 → 示例数据 → 清除示例数据', () => {
  it('says what will go, clears it after the clerk confirms, and offers to load the sample again', async () => {
    const store = await newStore();
    const { postings } = await loadSample(store, 30);
    renderScreen(store, <SampleCard />);
    await screen.findByText(/示例数据已于\d{4}\.\d{2}\.\d{2}载入/);
    clickButton('清除示例数据');
    await screen.findByText(new RegExp(`将删除示例数据：.*挂职${postings}条`));
    expect(await store.db.postings.filter((p) => !p._deleted).count()).toBe(postings);
    clickButton('清除');
    await screen.findByText(/已清除示例数据 [\d,]+ 条/);
    expect(await store.db.postings.filter((p) => !p._deleted).count()).toBe(0);
    await screen.findByText('载入示例数据');
  }, 90_000);
});
