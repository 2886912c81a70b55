import { App, Button, Card, Progress, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateDotted, localDateOf } from '@shared/domain/dates';
import { errorText } from '../../app/errors';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { clearSample, loadSample, previewSampleClear, sampleLoadedAt, type SampleProgress } from '../../db/operations';
import { SAMPLE_SIZES, T } from './texts';

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
      title: T.load,
      content: T.confirmText,
      okText: T.ok,
      cancelText: T.cancel,
      onOk: async () => {
        setProgress({ stage: T.preparing, done: 0, total: 1 });
        try {
          const r = await loadSample(store, size, { onProgress: setProgress });
          message.success(T.loaded(r.cadres, r.postings));
          setLoadedAt(new Date().toISOString());
          navigate({ section: 'overview' });
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setProgress(null);
        }
      },
    });

  const clear = async () => {
    const preview = await previewSampleClear(store).catch((e: unknown) => {
      message.error(errorText(e));
      return null;
    });
    if (!preview) return;
    const list = (parts: { label: string; count: number }[]) => parts.map((p) => T.count(p.label, p.count)).join('、');
    modal.confirm({
      title: T.clearTitle,
      content: (
        <>
          <Typography.Paragraph>{T.clearRemoves(list(preview.removed))}</Typography.Paragraph>
          {preview.claimed.length > 0 && <Typography.Paragraph>{T.clearClaims(list(preview.claimed))}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary">{T.clearKeeps}</Typography.Paragraph>
        </>
      ),
      okText: T.clearOk,
      okButtonProps: { danger: true },
      cancelText: T.cancel,
      onOk: async () => {
        setProgress({ stage: T.preparing, done: 0, total: 1 });
        try {
          const r = await clearSample(store, setProgress);
          message.success(T.cleared(r.removed));
          setLoadedAt(undefined);
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setProgress(null);
        }
      },
    });
  };

  return (
    <Card title={T.card} size="small" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
      {loadedAt ? (
        <Space wrap>
          <Typography.Text>{T.loadedAt(formatDateDotted(localDateOf(loadedAt)))}</Typography.Text>
          <Button danger onClick={clear} loading={!!progress}>
            {T.clear}
          </Button>
        </Space>
      ) : (
        <Space wrap>
          <Select value={size} onChange={setSize} style={{ width: 320 }} options={SAMPLE_SIZES.map((s) => ({ value: s.postings, label: s.label }))} aria-label={T.size} disabled={!!progress} />
          <Button type="primary" onClick={load} loading={!!progress}>
            {T.load}
          </Button>
        </Space>
      )}
      {progress && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{loadedAt ? T.clearing(progress.stage) : T.loading(progress.stage)}</Typography.Text>
          <Progress percent={Math.floor((progress.done / Math.max(1, progress.total)) * 100)} />
        </div>
      )}
    </Card>
  );
}
