import { describe, expect, it } from 'vitest';
import { mapLrmxPerson } from '@shared/import/lrmx-cadre';
import { planLrmxPerson } from '@shared/import/lrmx-plan';
import type { LrmxRecord } from '@shared/import/lrmx-record';
import type { ExistingCadre } from '@shared/import/roster-import';
import { createUnitLookup } from '@shared/import/unit-names';

const TODAY = '2024-05-06';
const UNITS = [
  { id: 'u-agri', name: '开江县农业农村局' },
  { id: 'u-puan', name: '普安镇人民政府', shortName: '普安镇' },
];
const unitName = (id: string) => UNITS.find((u) => u.id === id)?.name ?? id;

function person(elements: LrmxRecord['elements']) {
  return mapLrmxPerson({ fileName: '王志强.lrmx', format: 'lrmx', elements, family: [], photo: null, unknownElements: [], warnings: [] }, { today: TODAY, units: createUnitLookup(UNITS) });
}

const FULL = {
  XingMing: '王志强',
  XingBie: '男',
  ShenFenZheng: '511723198203150317',
  MinZu: '汉族',
  RuDangShiJian: '200406',
  CanJiaGongZuoShiJian: '200407',
  QuanRiZhiJiaoYu_XueLi: '大学',
  XianRenZhiWu: '开江县农业农村局副局长',
};

const ON_FILE: ExistingCadre = {
  id: 'c-1',
  name: '王志强',
  idCardNo: '511723198203150317',
  sex: '1',
  birthDate: '1982-03-15',
  ethnicity: '01',
  nativePlace: null,
  birthPlace: null,
  politicalStatus: '01',
  partyJoinDate: '2004-06',
  workStartDate: null,
  health: null,
  fullTimeEducation: '21',
  fullTimeDegree: null,
  fullTimeSchool: null,
  inServiceEducation: null,
  inServiceDegree: null,
  inServiceSchool: null,
  professionalTitle: null,
  expertise: null,
  staffCategory: 'civilServant',
  homeUnitId: 'u-agri',
  currentPost: '办公室主任',
  positionLevel: null,
  rank: null,
  currentPostSince: null,
  phone: null,
  isReserveCadre: false,
  photo: null,
  resume: null,
  remarks: null,
};

describe('planning one person of a 任免审批表', () => {
  it('a new cadre gets the home unit the clerk chose and the post after the unit', () => {
    const plan = planLrmxPerson(person(FULL), { homeUnitId: 'u-agri', photo: 'data:image/jpeg;base64,AAAA' }, { today: TODAY, unitName });
    expect(plan).toMatchObject({
      action: 'create',
      input: { name: '王志强', homeUnitId: 'u-agri', currentPost: '副局长', politicalStatus: '01', ethnicity: '01', photo: 'data:image/jpeg;base64,AAAA' },
      pending: ['人员类别'],
    });
    expect(planLrmxPerson(person(FULL), {}, { today: TODAY, unitName })).toEqual({ action: 'blocked', errors: [{ field: 'homeUnitId', message: '请选择工作单位' }] });
  });

  it('现任职务 starting with the county’s name of an unregistered unit suggests no unit (never 县政府 + 农业局副局长)', () => {
    const p = mapLrmxPerson(
      { fileName: 'a.lrmx', format: 'lrmx', elements: { ...FULL, XianRenZhiWu: '开江县农业局副局长' }, family: [], photo: null, unknownElements: [], warnings: [] },
      { today: TODAY, units: createUnitLookup([...UNITS, { id: 'u-gov', name: '开江县人民政府' }]) },
    );
    expect(p.currentPost).toEqual({ raw: '开江县农业局副局长', unitText: null, unit: null, candidates: [], post: null });
  });

  it('without an ID number the birth month of the file is the birth date; without sex the person is blocked', () => {
    const { ShenFenZheng: _id, ...noId } = FULL;
    expect(planLrmxPerson(person({ ...noId, ChuShengNianYue: '198203' }), { homeUnitId: 'u-agri' }, { today: TODAY, unitName })).toMatchObject({
      action: 'create',
      input: { idCardNo: null, birthDate: '1982-03-01', sex: '1' },
    });
    const { XingBie: _sex, ...noSex } = noId;
    expect(planLrmxPerson(person({ ...noSex, ChuShengNianYue: '198203' }), { homeUnitId: 'u-agri' }, { today: TODAY, unitName })).toMatchObject({ action: 'blocked', errors: [{ field: 'sex' }] });
  });

  it('a cadre on file: exactly the fields that differ, each can be kept; nothing the file lacks is cleared', () => {
    const plan = planLrmxPerson(person(FULL), { existing: ON_FILE }, { today: TODAY, unitName });
    expect(plan).toEqual({
      action: 'update',
      id: 'c-1',
      name: '王志强',
      patch: { workStartDate: '2004-07', currentPost: '副局长' },
      changes: [
        { field: 'workStartDate', label: '参加工作时间', before: '（空）', after: '2004.07' },
        { field: 'currentPost', label: '现任职务', before: '办公室主任', after: '副局长' },
      ],
      pending: [],
    });
    const kept = planLrmxPerson(person(FULL), { existing: ON_FILE, keep: ['currentPost'] }, { today: TODAY, unitName });
    expect(kept).toMatchObject({ action: 'update', patch: { workStartDate: '2004-07' } });
    expect(planLrmxPerson(person(FULL), { existing: { ...ON_FILE, workStartDate: '2004-07', currentPost: '副局长' } }, { today: TODAY, unitName })).toEqual({ action: 'unchanged', id: 'c-1', name: '王志强' });
  });
});
