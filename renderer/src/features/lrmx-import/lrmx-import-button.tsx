import { Button } from 'antd';
import { useState } from 'react';
import { LrmxImportDialog } from './lrmx-import-dialog';
import { T } from './texts';

/** 导入任免审批表: opens the LRMX import. */
export function LrmxImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{T.button}</Button>
      {open && <LrmxImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
