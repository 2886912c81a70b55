// What importing one person of a 干部任免审批表 does (issue 9 item 7): create a cadre (the clerk
// chose the home unit, suggested from 现任职务), or update the cadre on file (matched by ID number,
// else name and birth month) with exactly the fields that differ, shown field by field first. Pure.
import { labelOf } from '../domain/codes/lookup';
import { formatDateDotted, formatMonthDotted } from '../domain/dates';
import { CadreSchema, type CadreInput } from '../domain/entities/cadre';
import { fieldMeta } from '../domain/entities/fields';
import type { FieldIssue } from '../domain/issues';
import { validateCadre } from '../domain/rules/cadre-rules';
import { pendingCadreFields } from '../domain/rules/data-quality';
import type { LrmxPerson } from './lrmx-cadre';
import type { ExistingCadre, RosterChange } from './roster-preview';

/** What the clerk decided for one person, besides the file. */
export interface LrmxChoice {
  /** The cadre on file the person is matched to, if any. */
  existing?: ExistingCadre;
  /** Home unit of a new cadre (suggested from 现任职务). */
  homeUnitId?: string;
  /** The photo, cropped and shrunk (photoToDataUrl), when the file has one. */
  photo?: string | null;
  /** Fields of an existing cadre the clerk keeps as they are (unticked in the diff). */
  keep?: readonly string[];
}

/** The plan for one person. */
export type LrmxPlan =
  | { action: 'create'; input: CadreInput; pending: string[] }
  | { action: 'update'; id: string; name: string; patch: Partial<CadreInput>; changes: RosterChange[]; pending: string[] }
  | { action: 'unchanged'; id: string; name: string }
  | { action: 'blocked'; errors: FieldIssue[] };

const SHAPE = CadreSchema.shape as unknown as Record<string, Parameters<typeof fieldMeta>[0]>;

/** How a cadre field's value prints in a diff: labels for codes, dotted dates, the unit's name. */
export function shownCadreField(field: string, value: unknown, unitName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'homeUnitId') return unitName(String(value));
  if (field === 'photo') return '（照片）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const meta = SHAPE[field] ? fieldMeta(SHAPE[field]) : undefined;
  if (meta?.codeList) return labelOf(meta.codeList, String(value));
  if (meta?.dateKind === 'month') return formatMonthDotted(String(value));
  if (meta?.dateKind === 'date') return formatDateDotted(String(value));
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40).replace(/\n/g, ' ')}…` : text;
}

/** The Chinese label of a cadre field. */
export function cadreFieldLabel(field: string): string {
  return (SHAPE[field] && fieldMeta(SHAPE[field])?.title) || field;
}

/** 现任职务 as the record keeps it: the post after the unit when the unit is the cadre's home unit, else the whole text. */
function currentPostFor(person: LrmxPerson, homeUnitId: string | undefined): string | undefined {
  const cp = person.currentPost;
  if (cp?.unit && cp.post && cp.unit.id === homeUnitId) return cp.post;
  return person.cadre.currentPost;
}

/**
 * Plans one person: a new cadre needs a home unit and whatever the record cannot do without (sex
 * and birth month when there is no ID number); a cadre on file gets the fields the file fills and
 * that differ (sex and birth date follow the ID number and are not listed); nothing the file lacks
 * is cleared. Blocked, with Chinese messages, when the mapping or the rules find an error.
 */
export function planLrmxPerson(person: LrmxPerson, choice: LrmxChoice, opts: { today: string; unitName: (id: string) => string }): LrmxPlan {
  if (person.errors.length) return { action: 'blocked', errors: person.errors };
  const fromFile: Partial<CadreInput> = { ...person.cadre };
  if (choice.photo) fromFile.photo = choice.photo;
  const existing = choice.existing;
  if (!existing) {
    if (!choice.homeUnitId) return { action: 'blocked', errors: [{ field: 'homeUnitId', message: '请选择工作单位' }] };
    const input: Partial<CadreInput> = { ...fromFile, homeUnitId: choice.homeUnitId, currentPost: currentPostFor(person, choice.homeUnitId) };
    if (!input.birthDate && person.birthMonth) input.birthDate = `${person.birthMonth}-01`;
    const v = validateCadre(input, { today: opts.today });
    if (!v.ok) return { action: 'blocked', errors: v.errors };
    return { action: 'create', input: v.value, pending: pendingCadreFields(v.value).map((f) => f.label) };
  }
  const keep = new Set(choice.keep ?? []);
  const patch: Record<string, unknown> = {};
  const changes: RosterChange[] = [];
  const post = currentPostFor(person, existing.homeUnitId);
  const candidate: Partial<CadreInput> = { ...fromFile, ...(post ? { currentPost: post } : {}) };
  for (const [field, value] of Object.entries(candidate)) {
    if (value === undefined || field === 'sex' || field === 'birthDate') continue;
    if (field === 'idCardNo' && existing.idCardNo) continue;
    const before = (existing as Record<string, unknown>)[field] ?? null;
    if (before === value) continue;
    changes.push({ field, label: cadreFieldLabel(field), before: shownCadreField(field, before, opts.unitName), after: shownCadreField(field, value, opts.unitName) });
    if (!keep.has(field)) patch[field] = value;
  }
  const { id: _id, ...current } = existing;
  const v = validateCadre({ ...(current as Partial<CadreInput>), ...patch }, { today: opts.today });
  if (!v.ok) return { action: 'blocked', errors: v.errors };
  if (changes.length === 0) return { action: 'unchanged', id: existing.id, name: existing.name };
  return { action: 'update', id: existing.id, name: existing.name, patch: patch as Partial<CadreInput>, changes, pending: pendingCadreFields(v.value).map((f) => f.label) };
}
