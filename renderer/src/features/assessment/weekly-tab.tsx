import { Alert, App, Button, Empty, Input, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CalendarDataMissingError } from '@shared/domain/calendar';
import { addDays, formatDateChinese, monthOf, todayIso } from '@shared/domain/dates';
import { checkWeeklyItems, weekStartOf, weeklyTotal, type ScoreItemKey } from '@shared/domain/rules/weekly-score';
import { weekOrdinal, weekText } from '@shared/domain/rules/weekly-score-sheet';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import { ValidationError } from '../../db/errors';
import { clearWeekScore, saveWeekSheet, weekSheetField } from '../../db/operations';
import { loadMonthWeeks, loadWeekSheet, type Township, type WeekSheetRow } from '../../db/queries/weekly-scores';
import { ask } from './confirm';
import { T } from './texts';
import { TownshipChoice } from './township-choice';
import { useStoreQuery } from './use-store-query';
import { WeeklyGrid, draftOf, itemsOf, type RowDraft } from './weekly-grid';
import './assessment.css';

type Sheet = Awaited<ReturnType<typeof loadWeekSheet>>;

/** The week a clerk scores by default: the last full week. */
export function defaultWeek(today: string): string {
  return addDays(weekStartOf(today), -7);
}

function weekTitle(week: string): string {
  let ordinal = 0;
  try {
    ordinal = weekOrdinal(week);
  } catch (e) {
    if (!(e instanceof CalendarDataMissingError)) throw e;
  }
  return ordinal ? T.weekly.weekTitle(Number(week.slice(5, 7)), ordinal, weekText(week)) : weekText(week);
}

/** 周考评: a township's week of scores, typed from the keyboard, saved as a whole. */
export function WeeklyTab(props: { townships: readonly Township[]; township: string; week: string }) {
  const { township, week } = props;
  const store = useStore();
  const { message, modal } = App.useApp();
  const today = todayIso();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({});
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const [serverProblems, setServerProblems] = useState<Map<string, string>>(new Map());
  const [scorer, setScorer] = useState('');
  // what the clerk typed, kept across weeks; a scored week shows who scored it
  const [typedScorer, setTypedScorer] = useState('');
  const [saving, setSaving] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setSheet(null);
    loadWeekSheet(store.db, township, week).then((s) => {
      if (!live) return;
      setSheet(s);
      setDrafts(Object.fromEntries(s.rows.map((r) => [r.postingId, draftOf(r.items)])));
      setDirty(new Set());
      setServerProblems(new Map());
      setScorer(s.rows.find((r) => r.scoredBy)?.scoredBy ?? typedScorer);
    }, (e: unknown) => live && showError(e, message));
    return () => {
      live = false;
    };
    // typedScorer is read when a sheet loads, not a reason to load it again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, township, week, reload, message]);

  const weeks = useStoreQuery(() => loadMonthWeeks(store.db, township, monthOf(week)).catch((e: unknown) => (e instanceof CalendarDataMissingError ? e.message : Promise.reject(e))), [township, week]);

  const items = useMemo(() => new Map((sheet?.rows ?? []).map((r) => [r.postingId, itemsOf(r.items, drafts[r.postingId] ?? draftOf(r.items))])), [sheet, drafts]);
  const totals = useMemo(() => new Map([...items].map(([id, it]) => [id, weeklyTotal(it)])), [items]);
  const problems = useMemo(() => {
    const out = new Map<string, { message: string; warning?: boolean }>();
    if (!sheet) return out;
    for (const row of sheet.rows) {
      const it = items.get(row.postingId)!;
      for (const key of Object.keys(it) as ScoreItemKey[]) if (Number.isNaN(it[key].deduction)) out.set(`${row.postingId}|${key}`, { message: T.weekly.badNumber });
      const checked = checkWeeklyItems(it, sheet.rules);
      for (const e of checked.errors) out.set(`${row.postingId}|${e.field.split('.')[1]}`, { message: e.message });
      for (const w of checked.warnings) out.set(`${row.postingId}|${w.field.split('.')[1]}|reason`, { message: w.message, warning: true });
    }
    for (const [field, msg] of serverProblems) out.set(field, { message: msg });
    return out;
  }, [sheet, items, serverProblems]);

  const change = useCallback((postingId: string, key: ScoreItemKey, field: 'deduction' | 'reason', value: string) => {
    setDrafts((d) => ({ ...d, [postingId]: { ...d[postingId]!, [key]: { ...d[postingId]![key], [field]: value } } }));
    setDirty((s) => new Set(s).add(postingId));
    setServerProblems(new Map());
  }, []);

  const go = async (params: { township?: string; week?: string }) => {
    if (dirty.size && !(await ask(modal, T.weekly.discard))) return;
    navigate({ section: 'assessment', tab: 'weekly', params: { township, week, ...params } });
  };

  const save = async () => {
    if (!sheet || saving) return;
    const blocking = [...problems.values()].find((p) => !p.warning);
    if (blocking) {
      message.error(blocking.message);
      return;
    }
    const warnings = sheet.rows.flatMap((row) => checkWeeklyItems(items.get(row.postingId)!, sheet.rules).warnings.map((w) => `${row.name}：${w.message}`));
    if (warnings.length && !(await ask(modal, { title: T.weekly.confirmReasons.title, content: T.weekly.confirmReasons.content(warnings), ok: T.weekly.confirmReasons.ok, cancel: T.weekly.confirmReasons.cancel }))) return;
    setSaving(true);
    try {
      const r = await saveWeekSheet(store, township, week, sheet.rows.map((row) => ({ postingId: row.postingId, items: items.get(row.postingId)! })), scorer.trim() || null);
      message.success(T.weekly.saved(r.saved));
      setReload((n) => n + 1);
    } catch (e) {
      if (e instanceof ValidationError) {
        const byField = new Map<string, string>();
        for (const row of sheet.rows)
          for (const key of Object.keys(row.items))
            for (const i of e.issues) if (i.field === weekSheetField(row.postingId, `items.${key}.deduction`)) byField.set(`${row.postingId}|${key}`, i.message);
        setServerProblems(byField);
      }
      showError(e, message);
    } finally {
      setSaving(false);
    }
  };

  const clear = async (row: WeekSheetRow) => {
    try {
      await clearWeekScore(store, row.postingId, week);
      message.success(T.weekly.cleared);
      setReload((n) => n + 1);
    } catch (e) {
      showError(e, message);
    }
  };

  return (
    <div
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div className="gzt-toolbar">
        <TownshipChoice townships={props.townships} value={township} onChange={(t) => void go({ township: t })} />
        <Button onClick={() => void go({ week: addDays(week, -7) })}>{T.weekly.previous}</Button>
        <Typography.Text strong style={{ minWidth: 200, textAlign: 'center' }} data-testid="week-title">
          {weekTitle(week)}
        </Typography.Text>
        <Button onClick={() => void go({ week: addDays(week, 7) })}>{T.weekly.next}</Button>
        <MonthInput kind="date" aria-label={T.weekly.pickDate} placeholder={T.weekly.pickDate} style={{ width: 130 }} onChange={(v) => v && /^\d{4}-\d{2}-\d{2}$/.test(v) && void go({ week: weekStartOf(v) })} />
        <span className="gzt-spacer" />
        <Typography.Text>{T.weekly.scorer}</Typography.Text>
        <Input aria-label={T.weekly.scorer} placeholder={T.weekly.scorerPlaceholder} value={scorer} maxLength={20} onChange={(e) => {
            setScorer(e.target.value);
            setTypedScorer(e.target.value);
          }} style={{ width: 200 }} />
        <Button type="primary" loading={saving} disabled={!sheet?.rows.length} onClick={() => void save()}>
          {T.weekly.save}
        </Button>
      </div>
      {typeof weeks === 'string' && <Alert type="warning" showIcon title={T.weekly.calendar} description={weeks} style={{ marginBottom: 8 }} />}
      {Array.isArray(weeks) && (
        <div className="gzt-week-strip" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{T.weekly.month(formatDateChinese(monthOf(week)))}</Typography.Text>{' '}
          {weeks.map((w) => {
            const ended = addDays(w.weekStart, 6) < today;
            const color = w.expected > 0 && w.scored >= w.expected ? 'green' : ended && w.scored < w.expected ? 'red' : undefined;
            return (
              <Tag key={w.weekStart} color={color} onClick={() => void go({ week: w.weekStart })} style={{ fontWeight: w.weekStart === week ? 700 : undefined }}>
                {T.weekly.weekTag(weekText(w.weekStart).slice(5), w.scored, w.expected)}
              </Tag>
            );
          })}
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {T.weekly.saveHint}
      </Typography.Paragraph>
      {!sheet ? (
        <Spin />
      ) : sheet.rows.length === 0 ? (
        <Empty description={T.weekly.none} />
      ) : (
        <WeeklyGrid rules={sheet.rules} rows={sheet.rows} drafts={drafts} problems={problems} onChange={change} onClear={(r) => void clear(r)} totals={totals} dirty={dirty} />
      )}
    </div>
  );
}
