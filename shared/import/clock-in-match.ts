import { normalizeText } from '../domain/text';
import type { ClockPerson } from './clock-in-rows';

/** A posting a person of the export may be: the cadre's name and what identifies the host. */
export interface MatchCandidate {
  postingId: string;
  name: string;
  /** The cadre's mobile number, if known. */
  phone: string | null;
  /** Names the host may appear under in the export's 部门: unit name and short name, village, team. */
  places: string[];
  /** e.g. `讲治镇 副镇长`, to tell namesakes apart in the manual step. */
  label: string;
}

/** How a person of the export was matched. */
export type MatchStatus = 'matched' | 'ambiguous' | 'unknown';

export interface PersonMatch {
  personKey: string;
  status: MatchStatus;
  /** The matched posting (status matched). */
  postingId: string | null;
  /** The postings a clerk may pick from (namesakes; empty for unknown names). */
  options: string[];
  /** Why, in Chinese. */
  reason: string;
}

const norm = (s: string) => normalizeText(s).replace(/\s+/g, '');
/** The distinctive part of a unit name: 讲治镇人民政府 → 讲治镇. */
const stem = (s: string) => norm(s).replace(/(人民政府|党委|委员会|办事处)$/, '');

/** Whether the export's 部门 text names one of the candidate's places (or the unit the export came from). */
function placeMatches(dept: string, c: MatchCandidate): boolean {
  const d = norm(dept);
  if (d.length < 2) return false;
  return c.places.some((p) => {
    const s = stem(p);
    // 讲治镇石岭村 is also written 石岭村 under a 讲治镇 department
    const tail = /^.+?(?:镇|乡|街道)(.{2,})$/.exec(s)?.[1];
    return [s, tail].some((x) => !!x && x.length >= 2 && (d.includes(x) || x.includes(d)));
  });
}

/**
 * Matches each person of an export to a posting, by name plus unit (issue 10): the same name and
 * either the same mobile number or a 部门 that names the host (its unit, village or team) → matched;
 * the same name but no unit agreeing, or several namesakes agreeing → ambiguous (the clerk picks);
 * no posting of that name → unknown (the clerk picks one or leaves the person out — exports list a
 * township's own staff too). `fromUnit`: the export came from that host, so its candidates' unit agrees.
 */
export function matchPeople(people: readonly ClockPerson[], candidates: readonly MatchCandidate[], opts: { fromUnitCandidates?: ReadonlySet<string> } = {}): PersonMatch[] {
  const byName = new Map<string, MatchCandidate[]>();
  for (const c of candidates) {
    const k = norm(c.name);
    byName.set(k, [...(byName.get(k) ?? []), c]);
  }
  return people.map((p): PersonMatch => {
    const same = byName.get(norm(p.name)) ?? [];
    if (same.length === 0) return { personKey: p.key, status: 'unknown', postingId: null, options: [], reason: '在挂职干部中没有找到这个姓名' };
    const mobile = /^1[3-9]\d{9}$/.test(p.staffNo) ? p.staffNo : null;
    const byPhone = mobile ? same.filter((c) => c.phone === mobile) : [];
    if (byPhone.length === 1) return { personKey: p.key, status: 'matched', postingId: byPhone[0]!.postingId, options: same.map((c) => c.postingId), reason: '姓名和手机号一致' };
    const agreeing = same.filter((c) => placeMatches(p.dept, c) || opts.fromUnitCandidates?.has(c.postingId));
    if (agreeing.length === 1) return { personKey: p.key, status: 'matched', postingId: agreeing[0]!.postingId, options: same.map((c) => c.postingId), reason: '姓名和单位一致' };
    if (agreeing.length > 1) return { personKey: p.key, status: 'ambiguous', postingId: null, options: agreeing.map((c) => c.postingId), reason: `同一单位有${agreeing.length}名同名挂职干部，请选择` };
    return {
      personKey: p.key,
      status: 'ambiguous',
      postingId: null,
      options: same.map((c) => c.postingId),
      reason: p.dept ? `姓名相同，但部门“${p.dept}”与挂职单位不一致，请确认` : '姓名相同，但导出文件没有部门，请确认',
    };
  });
}
