import { App, Button, Card, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../app/errors';
import { useStore } from '../../app/store-context';
import { resetThisPc } from '../../db/operations';
import { T } from './texts';

/** 重置本机: back to the first-run setup after a typed confirmation (a backup is taken first). */
export function ResetCard() {
  const store = useStore();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const R = T.reset;

  const reset = async () => {
    setBusy(true);
    try {
      await resetThisPc(store);
      window.location.reload();
    } catch (e) {
      message.error(R.failed(errorText(e)));
      setBusy(false);
    }
  };

  return (
    <Card title={R.card} size="small" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{R.intro}</Typography.Paragraph>
      <Button danger onClick={() => setOpen(true)}>
        {R.button}
      </Button>
      <Modal
        open={open}
        title={R.title}
        okText={R.ok}
        cancelText={R.cancel}
        okButtonProps={{ danger: true, disabled: typed.trim() !== R.phrase }}
        confirmLoading={busy}
        onOk={reset}
        onCancel={() => {
          setOpen(false);
          setTyped('');
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="danger">{R.warning}</Typography.Paragraph>
        <Typography.Paragraph>{R.typeToConfirm(R.phrase)}</Typography.Paragraph>
        <Input value={typed} onChange={(e) => setTyped(e.target.value)} aria-label={R.phrase} autoFocus />
      </Modal>
    </Card>
  );
}
