import { Alert } from 'antd';
import { useStoragePersistence } from '../app/storage-persistence';
import { T } from '../app/texts';

/**
 * A warning, shown on 概览 and in 设置, when the browser may clear the app's data (storage is not
 * persistent): what that means and what to do. Shows nothing where storage is persistent (the
 * desktop app) and until the check has answered.
 */
export function StorageWarning() {
  const persistence = useStoragePersistence();
  if (persistence === undefined || persistence === 'persistent') return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={T.storage.title}
      description={
        <>
          <div>{T.storage.text}</div>
          <div>{T.storage.todo}</div>
        </>
      }
    />
  );
}
