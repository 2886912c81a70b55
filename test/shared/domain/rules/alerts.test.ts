import { describe, expect, it } from 'vitest';
import { expirySeverity, termAlerts } from '@shared/domain/rules/alerts';

const TODAY = '2026-11-21';
const name = (id: string) => ({ c1: '张三', c2: '李四', c3: '王五' })[id] ?? '';

describe('term alerts (DOMAIN §7.5)', () => {
  it('colours expiry by band: 30 red, 60 amber, 90 yellow, beyond nothing', () => {
    expect([0, 30, 31, 60, 61, 90, 91].map(expirySeverity)).toEqual(['red', 'red', 'amber', 'amber', 'yellow', 'yellow', undefined]);
  });

  it('warns of terms ending soon and overdue ones, nearest first, for postings on post only', () => {
    const alerts = termAlerts(
      [
        { id: 'p1', cadreId: 'c1', status: 'active', plannedEndDate: '2027-01-31' },
        { id: 'p2', cadreId: 'c2', status: 'extended', plannedEndDate: '2026-11-01' },
        { id: 'p3', cadreId: 'c3', status: 'completed', plannedEndDate: '2026-11-30' },
      ],
      [{ postingId: 'p2', grade: '2', selfSummary: '已交', hostOpinion: '称职', homeOpinion: '同意' }],
      TODAY,
      name,
    );
    expect(alerts.map((a) => [a.kind, a.severity, a.message])).toEqual([
      ['overdue', 'red', '李四挂职已于2026.11.01期满，逾期20天仍为在岗状态，请办理期满结束或延期'],
      ['expiring', 'yellow', '张三挂职将于2027.01.31期满（还有71天）'],
    ]);
  });

  it('within 30 days of the end, lists the missing parts of the end-of-term file', () => {
    const alerts = termAlerts(
      [
        { id: 'p1', cadreId: 'c1', status: 'active', plannedEndDate: '2026-12-10' },
        { id: 'p2', cadreId: 'c2', status: 'active', plannedEndDate: '2026-12-01' },
      ],
      [{ postingId: 'p2', grade: '2', selfSummary: '已交', hostOpinion: null, homeOpinion: '' }],
      TODAY,
      name,
    );
    expect(alerts.filter((a) => a.kind === 'fileIncomplete').map((a) => [a.severity, a.message])).toEqual([
      ['amber', '李四期满材料不全：缺接收单位鉴定、派出单位意见'],
      ['amber', '张三期满材料不全：缺期满考察、个人总结、接收单位鉴定、派出单位意见'],
    ]);
  });
});
