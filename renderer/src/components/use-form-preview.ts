import { Form, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';

/**
 * What a form's values would do (the counted days and tier of a leave, the grade cap of a spot
 * check), worked out `delay` ms after the clerk stops typing; null until `ready` holds or when
 * working it out fails. An answer that arrives after newer values is dropped.
 */
export function useFormPreview<V, P>(form: FormInstance<V>, ready: (values: Partial<V>) => boolean, compute: (values: Partial<V>) => Promise<P>, delay = 150): P | null {
  const [preview, setPreview] = useState<P | null>(null);
  const values = Form.useWatch([], form) as Partial<V> | undefined;
  const key = JSON.stringify(values ?? {});
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      if (!values || !ready(values)) return setPreview(null);
      compute(values).then(
        (p) => live && setPreview(p),
        () => live && setPreview(null),
      );
    }, delay);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return preview;
}
