import { Alert, Button } from 'antd';
import { formatDateDotted } from '@shared/domain/dates';
import { T } from './texts';

/** The notice of a form reopened from its draft (form-drafts.ts), with a way to drop the draft. */
export function DraftNotice(props: { savedAt: string; onDrop: () => void }) {
  const at = new Date(props.savedAt);
  const when = Number.isNaN(at.getTime())
    ? ''
    : `${formatDateDotted(`${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`)} ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')} `;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={T.draft.restored(when)}
      action={
        <Button size="small" onClick={props.onDrop}>
          {T.draft.drop}
        </Button>
      }
    />
  );
}
