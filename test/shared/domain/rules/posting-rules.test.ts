import { describe, expect, it } from 'vitest';
import { PostingSchema, type Posting } from '@shared/domain/entities/posting';
import { ageCeiling, checkPair, checkPosting, normalizePostingInput } from '@shared/domain/rules/posting-rules';
import { CadreSchema } from '@shared/domain/entities/cadre';
import { cadreInput } from '../../../fixtures/cadres';

const TODAY = '2026-11-21';
const base = (over: Partial<Posting> = {}): Posting =>
  PostingSchema.parse({
    cadreId: 'c1',
    type: 'secondmentDown',
    direction: 'down',
    dispatchingUnitId: 'bureau',
    originalPost: '科员',
    receivingUnitId: 'town',
    secondedPost: '副镇长',
    startDate: '2025-03-01',
    termMonths: 24,
    plannedEndDate: '2027-02-28',
    status: 'active',
    ...over,
  });
const cadre = { ...CadreSchema.parse({ ...cadreInput('bureau'), sex: '1', birthDate: '1980-01-01' }), id: 'c1' };
const messages = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message);

describe('posting rules (DOMAIN §2.6, §7.3)', () => {
  it('one open posting per cadre, with the same wording for forms and the roster import', () => {
    const other = { id: 'p0', status: 'active', startDate: '2024-03-01', receivingUnitId: 'x' };
    expect(messages(checkPosting(base(), { today: TODAY, otherPostings: [other], unitName: () => '讲治镇' }))).toEqual([
      '该干部已有一条未结束的挂职（在讲治镇在岗，2024.03.01起），同一时间只能有一条，请先结束或取消原挂职',
    ]);
    expect(messages(checkPosting(base(), { today: TODAY, otherPostings: [{ ...other, status: 'completed' }] }))).toEqual([]);
    expect(messages(checkPosting(base({ status: 'completed', actualEndDate: '2026-11-01' }), { today: TODAY, otherPostings: [other] }))).toEqual([]);
  });

  it('refuses the same unit on both sides, village types without village data, and dates out of order', () => {
    expect(messages(checkPosting(base({ receivingUnitId: 'bureau' }), { today: TODAY, otherPostings: [] }))).toEqual(['接收单位不能与派出单位相同']);
    expect(messages(checkPosting(base({ type: 'firstSecretary' }), { today: TODAY, otherPostings: [] }))).toEqual([
      '驻村工作队员和第一书记须填写驻村名称',
      '驻村工作队员和第一书记须选择队内职务',
    ]);
    expect(messages(checkPosting(base({ plannedEndDate: '2025-01-01', actualEndDate: '2024-12-31' }), { today: TODAY, otherPostings: [] }))).toEqual([
      '期满日期（2025.01.01）不能早于到岗日期（2025.03.01）',
      '实际结束日期（2024.12.31）不能早于到岗日期（2025.03.01）',
    ]);
  });

  it('warns (T11) about age above the ceiling, education below 本科 and a poor recent annual grade', () => {
    const r = checkPosting(base(), {
      today: TODAY,
      cadre: { ...cadre, fullTimeEducation: '31', positionLevel: '142' },
      otherPostings: [],
      assessments: [{ kind: 'annual', period: '2024年度', grade: '3' }],
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '到岗时45岁，超过乡科级及以下干部挂职一般不超过40岁的要求',
      '学历为“大学专科毕业”，挂职干部一般应具有大学本科以上学历',
      '2024年度考核为基本称职或以下，一般不宜选派',
    ]);
    expect(ageCeiling('131')).toEqual({ max: 45, label: '县处级' });
  });

  it('normalises: 交流任职 is a real appointment; non-village types drop village and team role', () => {
    expect(normalizePostingInput({ type: 'exchangeAppointment', village: '石岭村', teamRole: 'member' })).toEqual({ type: 'exchangeAppointment', isRealAppointment: true, village: null, teamRole: null });
    expect(normalizePostingInput({ type: 'firstSecretary', village: '石岭村' })).toEqual({ type: 'firstSecretary', village: '石岭村' });
  });

  it('warns when the halves of a 双向互派 do not mirror or start more than 30 days apart', () => {
    const a = base({ type: 'pairedExchange' });
    expect(checkPair(a, base({ type: 'pairedExchange', dispatchingUnitId: 'town', receivingUnitId: 'bureau' }))).toEqual([]);
    expect(checkPair(a, base({ type: 'pairedExchange', startDate: '2025-05-01', plannedEndDate: '2027-02-28' })).map((w) => w.message)).toEqual([
      '互派双方的派出单位和接收单位不对应（甲派往乙，乙应派往甲）',
      '互派双方到岗日期相差61天，超过30天',
    ]);
  });
});
