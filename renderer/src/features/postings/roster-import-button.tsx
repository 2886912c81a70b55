import { Button } from 'antd';
import { useState } from 'react';
import { RosterImportWizard } from '../roster-import/roster-import-wizard';
import { T } from '../roster-import/texts';

/** 导入花名册: opens the import wizard. */
export function RosterImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{T.title}</Button>
      {open && <RosterImportWizard open onClose={() => setOpen(false)} />}
    </>
  );
}
