import { describe, expect, it } from 'vitest';
import { CadreSchema } from '@shared/domain/entities/cadre';
import { fieldMeta } from '@shared/domain/entities/fields';
import { PostingSchema } from '@shared/domain/entities/posting';
import { UnitSchema } from '@shared/domain/entities/unit';
import { ENTITY_TABLES, TABLE_NAMES } from '@shared/domain/tables';
import { cadreInput } from '../../../fixtures/cadres';

describe('entity schemas', () => {
  it('cover every entity of DOMAIN §2 and label every field in Chinese', () => {
    expect(TABLE_NAMES).toEqual([
      'units', 'calendarYears', 'attendanceRules', 'cadres', 'leaveRuleSets', 'subsidyRules', 'scoreRuleSets', 'batches', 'postings', 'extensions', 'attendanceMonths', 'attendanceDetails', 'spotChecks',
      'leaveRequests', 'leaveApprovals', 'logEntries', 'inspections', 'logAmendments', 'recordBookSettings', 'assessments', 'weeklyScores', 'subsidyPayments', 'talkRecords', 'reservePool',
    ]);
    for (const table of TABLE_NAMES) {
      for (const [field, schema] of Object.entries(ENTITY_TABLES[table].schema.shape)) {
        expect(fieldMeta(schema as never)?.title, `${table}.${field}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('store blank optional fields as null and trim text', () => {
    const c = CadreSchema.parse({ ...cadreInput('u1'), sex: '1', birthDate: '1980-01-01', nativePlace: '  ', phone: '', remarks: ' 挂职 ' });
    expect(c.nativePlace).toBeNull();
    expect(c.phone).toBeNull();
    expect(c.remarks).toBe('挂职');
    expect(c.isReserveCadre).toBe(false);
  });

  it('explain bad values in Chinese, naming the field and the code list', () => {
    const r = CadreSchema.safeParse({ ...cadreInput('u1'), sex: '1', birthDate: '1980-01-01', ethnicity: '99', name: '李1', phone: '1234', workStartDate: '2002.13' });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages.ethnicity).toBe('民族不在《民族》代码表中');
    expect(messages.name).toContain('汉字');
    expect(messages.phone).toContain('11位手机号');
    expect(messages.workStartDate).toBe('参加工作时间应为有效年月（如1985.03）');
  });

  it('accept minority names with a middle dot', () => {
    const r = CadreSchema.safeParse({ ...cadreInput('u1'), sex: '1', birthDate: '1980-01-01', name: '阿依古丽·买买提', ethnicity: '05' });
    expect(r.success).toBe(true);
  });

  it('check a unit credit code against GB 32100', () => {
    expect(UnitSchema.safeParse({ name: '开江县财政局', level: 'county', kind: 'govOrgan', creditCode: '11511723008659887A' }).success).toBe(true);
    const bad = UnitSchema.safeParse({ name: '开江县财政局', level: 'county', kind: 'govOrgan', creditCode: '1151172300865988' });
    expect(bad.error?.issues[0]?.message).toContain('18位');
  });

  it('need type, units, posts, dates and a status for a posting', () => {
    const r = PostingSchema.safeParse({});
    const fields = r.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['cadreId', 'type', 'direction', 'dispatchingUnitId', 'receivingUnitId', 'originalPost', 'secondedPost', 'startDate', 'termMonths', 'plannedEndDate', 'status']));
  });
});
