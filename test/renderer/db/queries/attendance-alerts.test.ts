import { describe, expect, it } from 'vitest';
import { createLeave, createSpotCheck } from '../../../../renderer/src/db/operations';
import { collectAttendanceAlerts } from '../../../../renderer/src/db/queries/attendance-alerts';
import { attendanceCounty, TODAY } from '../attendance-fixture';
import { newStore } from '../test-store';

const absent = (postingId: string, date: string) => ({ postingId, date, time: '10:30', kind: 'unannounced', inspector: '李督查', inspectorUnit: '县委组织部', result: 'absentUnexcused', note: null });

describe('考勤请假 alerts on 概览', () => {
  it('a posting absent at two spot checks this year: a red grade-cap alert linking to 抽查; one absence is amber', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await createSpotCheck(store, absent(postings.down.id, '2026-11-04'), TODAY);
    await createSpotCheck(store, absent(postings.down.id, '2026-11-12'), TODAY);
    await createSpotCheck(store, absent(postings.elsewhere.id, '2026-11-12'), TODAY);
    const caps = (await collectAttendanceAlerts(store.db, TODAY)).filter((a) => a.kind === 'gradeCap');
    expect(caps.map((a) => [a.postingId, a.severity, a.days])).toEqual(
      expect.arrayContaining([
        [postings.down.id, 'red', 2],
        [postings.elsewhere.id, 'amber', 1],
      ]),
    );
    const zhang = caps.find((a) => a.postingId === postings.down.id)!;
    expect(zhang.message).toMatch(/^张伟（讲治镇 副镇长（开江县发展和改革局））2026年抽查无故不在岗2次，年度考核最高评为基本称职$/);
    expect(zhang.link).toEqual({ section: 'attendance', tab: 'spot-checks' });
  });

  it('a leave that has started without full approval is red and opens the request', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const { request } = await createLeave(
      store,
      { postingId: postings.down.id, type: 'personal', startDate: '2026-11-23', startHalf: 'full', endDate: '2026-11-24', endHalf: 'full', reason: '家中有事', destination: '开江县城', deputy: null },
      TODAY,
    );
    const alerts = await collectAttendanceAlerts(store.db, '2026-11-23');
    expect(alerts).toContainEqual(expect.objectContaining({ kind: 'leaveApprovalIncomplete', severity: 'red', postingId: postings.down.id, link: { section: 'attendance', tab: 'leave', params: { id: request.id } } }));
  });
});
