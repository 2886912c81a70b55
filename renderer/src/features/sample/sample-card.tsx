import { App, Button, Card, Progress, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../app/errors';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { loadSample, sampleLoadedAt, type SampleProgress } from '../../db/operations';
import { SAMPLE_SIZES } from './texts';

/** 载入示例数据: a realistic county so a newcomer can try every screen. */
export function SampleCard() {
  const store = useStore();
  const { message, modal } = App.useApp();
  const [size, setSize] = useState<number>(SAMPLE_SIZES[0].postings);
  const [progress, setProgress] = useState<SampleProgress | null>(null);
  const [loadedAt, setLoadedAt] = useState<string>();
  useEffect(() => {
    sampleLoadedAt(store).then(setLoadedAt);
  }, [store]);

  const load = () =>
    modal.confirm({
      title: '载入示例数据',
      content: '将在本机数据库中加入一个虚构县的单位、批次、干部和挂职记录（姓名和身份证号均为虚构），便于试用各项功能。正式使用的电脑请不要载入。继续吗？',
      okText: '载入',
      cancelText: '取消',
      onOk: async () => {
        setProgress({ stage: '准备', done: 0, total: 1 });
        try {
          const r = await loadSample(store, size, setProgress);
          message.success(`已载入示例数据：干部${r.cadres}人，挂职${r.postings}条`);
          setLoadedAt(new Date().toISOString());
          navigate({ section: 'overview' });
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setProgress(null);
        }
      },
    });

  return (
    <Card title="示例数据" size="small" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">第一次试用时，可以载入一个虚构县的示例数据：三个批次、各类挂职（含双向互派、延期和临近期满的记录）。</Typography.Paragraph>
      {loadedAt ? (
        <Typography.Text>示例数据已于{loadedAt.slice(0, 10)}载入。</Typography.Text>
      ) : (
        <Space wrap>
          <Select value={size} onChange={setSize} style={{ width: 320 }} options={SAMPLE_SIZES.map((s) => ({ value: s.postings, label: s.label }))} aria-label="示例数据规模" disabled={!!progress} />
          <Button type="primary" onClick={load} loading={!!progress}>
            载入示例数据
          </Button>
        </Space>
      )}
      {progress && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>正在载入{progress.stage}…</Typography.Text>
          <Progress percent={Math.floor((progress.done / Math.max(1, progress.total)) * 100)} />
        </div>
      )}
    </Card>
  );
}
