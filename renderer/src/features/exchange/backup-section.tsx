import { App, Alert, Button, Card, Checkbox, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '@shared/ipc/backup-schemas';
import { localTime } from '@shared/sync/package/texts';
import { errorText } from '../../app/errors';
import { useSite, useStore } from '../../app/store-context';
import { getBridge } from '../../bridge/get-bridge';
import { FeedProgress, useProgressFeed } from '../../components/progress-feed';
import { backUp, backupSettings, dailyBackupIfDue, listBackups, openBackup, restoreBackup, setBackupKeep, type OpenedBackup } from '../../db/operations';
import type { Store } from '../../db/store';
import { T } from './texts';

const B = T.backup;

/** A size in KB / MB. */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 设置 → 备份与恢复: how many to keep, back up now, the backups, restore (after a confirmation). */
export function BackupSection() {
  const store = useStore();
  const { site, refreshSite } = useSite();
  const { message } = App.useApp();
  const [list, setList] = useState<{ folder: string; backups: BackupInfo[] } | null>(null);
  const [keep, setKeep] = useState<number | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const progress = useProgressFeed();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<OpenedBackup | null>(null);
  const [replace, setReplace] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setList(await listBackups());
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void refresh();
    void backupSettings(store).then((s) => setKeep(s.keep));
  }, [refresh, store]);

  const run = async (what: string, fn: () => Promise<void>) => {
    progress.restart();
    setBusy(what);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const onProgress = progress.report;

  const backUpNow = () =>
    run('now', async () => {
      const out = await backUp(store, 'manual', { onProgress });
      message.success(B.done(out.fileName));
      await refresh();
    });
  const saveKeep = () =>
    run('keep', async () => {
      await setBackupKeep(store, keep ?? 0);
      message.success(B.keepSaved);
    });
  const open = (source: { fileName: string } | { data: Uint8Array; name: string }) =>
    run('open', async () => {
      setReplace(false);
      setConfirming(await openBackup(source));
    });
  const fromFile = async () => {
    const file = await getBridge().openFile({ title: B.fromFile, filters: [{ name: B.fileFilter, extensions: ['gztbak'] }], maxBytes: 1024 * 1024 * 1024 });
    if (file) await open(file);
  };
  const restore = (backup: OpenedBackup) =>
    run('restore', async () => {
      setConfirming(null);
      await restoreBackup(store, backup, { replaceThisPc: replace, onProgress });
      refreshSite();
      message.success(B.restored);
      await refresh();
    });

  const other = confirming && confirming.header.site.siteId !== site?.siteId;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <Card size="small" title={B.tab}>
        <Typography.Paragraph type="secondary">{B.intro}</Typography.Paragraph>
        {list && <Typography.Paragraph type="secondary">{B.folder(list.folder)}</Typography.Paragraph>}
        <Space wrap>
          <span>{B.keep}</span>
          <InputNumber aria-label={B.keep} min={1} max={365} value={keep} onChange={(v) => setKeep(v)} style={{ width: 90 }} />
          <span>{B.keepUnit}</span>
          <Button onClick={() => void saveKeep()} loading={busy === 'keep'}>
            {B.saveKeep}
          </Button>
          <Button type="primary" onClick={() => void backUpNow()} loading={busy === 'now'} disabled={!!busy}>
            {B.now}
          </Button>
          <Button onClick={() => void fromFile()} disabled={!!busy}>
            {B.fromFile}
          </Button>
        </Space>
      </Card>
      {(busy === 'now' || busy === 'restore') && <FeedProgress feed={progress} label={B.restoring} percent />}
      {error && <Alert type="error" showIcon title={error} />}
      <Table<BackupInfo>
        size="small"
        rowKey="fileName"
        loading={!list}
        locale={{ emptyText: B.none }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={list?.backups ?? []}
        columns={[
          { title: B.created, render: (_, b) => localTime(b.header.created) },
          { title: B.reason, render: (_, b) => B.reasons[b.header.reason] },
          { title: B.site, render: (_, b) => b.header.site.label },
          { title: B.size, align: 'right', render: (_, b) => sizeText(b.sizeBytes) },
          {
            title: '',
            width: 90,
            render: (_, b) => (
              <Button size="small" onClick={() => void open({ fileName: b.fileName })} disabled={!!busy}>
                {B.restore}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={!!confirming}
        title={B.confirmTitle}
        okText={B.doRestore}
        okButtonProps={{ danger: true, disabled: !!other && !replace }}
        cancelText={T.cancel}
        onCancel={() => setConfirming(null)}
        onOk={() => confirming && void restore(confirming)}
      >
        {confirming && (
          <Space orientation="vertical">
            <Typography.Paragraph>{B.confirm(localTime(confirming.header.created), confirming.header.site.label)}</Typography.Paragraph>
            {other && (
              <>
                <Alert type="warning" showIcon title={B.otherPc(confirming.header.site.label)} />
                <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
                  {B.replaceThisPc}
                </Checkbox>
              </>
            )}
          </Space>
        )}
      </Modal>
    </Space>
  );
}

/**
 * The daily backup, once per day on the first start (a window that may write; a failure is only
 * logged, the clerk can still back up by hand in 设置 → 备份与恢复).
 */
export function runDailyBackup(store: Store, today: string): void {
  if (!store.canWrite || !store.site) return;
  void dailyBackupIfDue(store, today).catch((e: unknown) => console.warn(B.dailyFailed(errorText(e))));
}
