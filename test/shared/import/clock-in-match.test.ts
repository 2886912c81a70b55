import { describe, expect, it } from 'vitest';
import { matchPeople, type MatchCandidate } from '@shared/import/clock-in-match';
import type { ClockPerson } from '@shared/import/clock-in-rows';

const person = (name: string, dept: string, staffNo = ''): ClockPerson => ({ key: `${name}|${staffNo}|${dept}`, name, staffNo, dept, days: new Map(), punchCount: 0 });
const candidate = (postingId: string, name: string, places: string[], phone: string | null = null): MatchCandidate => ({ postingId, name, phone, places, label: places[0] ?? '' });

describe('matching the people of a clock-in export to postings (name plus unit)', () => {
  const candidates = [
    candidate('p-zhang', '张伟', ['讲治镇人民政府', '讲治镇']),
    candidate('p-zhang2', '张伟', ['任市镇人民政府', '任市镇'], '13900000099'),
    candidate('p-wang', '王芳', ['讲治镇人民政府', '讲治镇', '讲治镇石岭村', '讲治镇驻村工作队']),
  ];

  it('matches by name and the host named in 部门, or by name and mobile number', () => {
    const [a, b, c] = matchPeople([person('张伟', '开江县/讲治镇/挂职干部'), person('张伟', '', '13900000099'), person('王芳', '石岭村驻村工作队')], candidates);
    expect([a!.status, a!.postingId, a!.reason]).toEqual(['matched', 'p-zhang', '姓名和单位一致']);
    expect([b!.status, b!.postingId, b!.reason]).toEqual(['matched', 'p-zhang2', '姓名和手机号一致']);
    expect([c!.status, c!.postingId]).toEqual(['matched', 'p-wang']);
  });

  it('asks the clerk when the unit does not agree, and leaves unknown names to the clerk', () => {
    const [a, b] = matchPeople([person('王芳', '开江县/回龙镇/党政办'), person('王小芳', '开江县/讲治镇/挂职干部')], candidates);
    expect(a).toMatchObject({ status: 'ambiguous', postingId: null, options: ['p-wang'], reason: '姓名相同，但部门“开江县/回龙镇/党政办”与挂职单位不一致，请确认' });
    expect(b).toMatchObject({ status: 'unknown', options: [], reason: '在挂职干部中没有找到这个姓名' });
  });

  it('the unit the export came from stands for 部门; two namesakes there stay ambiguous', () => {
    const [a] = matchPeople([person('张伟', '')], candidates, { fromUnitCandidates: new Set(['p-zhang']) });
    expect(a).toMatchObject({ status: 'matched', postingId: 'p-zhang' });
    const [b] = matchPeople([person('张伟', '')], candidates, { fromUnitCandidates: new Set(['p-zhang', 'p-zhang2']) });
    expect(b).toMatchObject({ status: 'ambiguous', options: ['p-zhang', 'p-zhang2'] });
  });
});
