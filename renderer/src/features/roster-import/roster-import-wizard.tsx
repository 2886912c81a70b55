import { App, Button, Modal, Space, Steps, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../app/errors';
import type { RosterImportResult } from '../../db/operations';
import { FileStep } from './file-step';
import { ImportStep, importBlocker } from './import-step';
import { MappingStep, mappingProblem } from './mapping-step';
import { PreviewStep } from './preview-step';
import { T } from './texts';
import { useRosterImport } from './use-roster-import';

const FILE = 0;
const MAPPING = 1;
const PREVIEW = 2;
const IMPORT = 3;

/**
 * 导入花名册: choose a roster file (the template or a county's own roster), check the column
 * mapping, preview every row with its problems (skip, restore, correct cells), then import all
 * rows in one transaction or nothing. Esc asks before throwing a loaded preview away; Enter on the
 * last step imports.
 */
export function RosterImportWizard(props: { open: boolean; onClose: () => void; onImported?: (result: RosterImportResult) => void }) {
  const { message, modal } = App.useApp();
  const [step, setStep] = useState(FILE);
  const state = useRosterImport({ previewActive: step >= PREVIEW, ...(props.onImported ? { onImported: props.onImported } : {}) });
  const { phase } = state;
  const importing = phase.kind === 'importing';
  const finished = phase.kind === 'done';

  const nextBlocker = step === FILE ? (state.mapping ? null : T.emptySheet) : step === MAPPING ? mappingProblem(state.mapping) : null;
  const importProblem = importBlocker(state);

  const confirming = useRef(false);
  const close = () => {
    if (importing || confirming.current) return;
    if (!state.file || finished) return props.onClose();
    confirming.current = true;
    modal.confirm({
      title: T.confirmCloseTitle,
      content: T.confirmCloseBody,
      okText: T.confirmCloseOk,
      cancelText: T.confirmCloseCancel,
      onOk: props.onClose,
      afterClose: () => {
        confirming.current = false;
      },
    });
  };

  const goto = (target: number) => {
    if (phase.kind === 'failed') state.resetPhase();
    setStep(target);
  };

  // Enter on the last step imports (buttons and text fields keep their own Enter).
  useEffect(() => {
    if (!props.open || step !== IMPORT || importProblem || phase.kind !== 'idle') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.isComposing) return;
      if (e.target instanceof HTMLElement && e.target.closest('button, input, textarea, [role="combobox"]')) return;
      e.preventDefault();
      void state.runImport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [props.open, step, importProblem, phase.kind, state]);

  const downloadTemplate = async () => {
    try {
      const name = await state.downloadTemplate();
      if (name) message.success(T.templateSaved(name));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const footer = finished ? (
    <Button type="primary" onClick={props.onClose}>
      {T.done}
    </Button>
  ) : (
    <Space>
      <Button onClick={close} disabled={importing}>
        {T.cancel}
      </Button>
      {step > FILE && (
        <Button onClick={() => goto(step - 1)} disabled={importing}>
          {T.prev}
        </Button>
      )}
      {step < IMPORT && (
        <Tooltip title={nextBlocker ?? undefined}>
          <Button type="primary" onClick={() => goto(step + 1)} disabled={!!nextBlocker}>
            {T.next}
          </Button>
        </Tooltip>
      )}
    </Space>
  );

  return (
    <Modal
      open={props.open}
      title={T.title}
      width="min(1440px, calc(100vw - 64px))"
      mask={{ closable: false }}
      keyboard={!importing}
      closable={!importing}
      onCancel={close}
      footer={footer}
      destroyOnHidden
    >
      <Steps current={step} size="small" style={{ marginBottom: 16 }} items={T.steps.map((title) => ({ title }))} />
      {step === FILE && (
        <FileStep
          file={state.file}
          sheetIndex={state.sheetIndex}
          headerFound={state.headerFound}
          busy={state.busy}
          error={state.fileError}
          onDownloadTemplate={() => void downloadTemplate()}
          onChooseFile={() => void state.chooseFile()}
          onCancelRead={state.cancelRead}
          onSheet={(i) => state.selectSheet(i)}
        />
      )}
      {step === MAPPING && state.mapping && <MappingStep mapping={state.mapping} rowCount={state.rows.length} onHeaderRow={state.setHeaderRow} onColumn={state.setColumn} />}
      {step === PREVIEW && <PreviewStep state={state} />}
      {step === IMPORT && <ImportStep state={state} />}
    </Modal>
  );
}
