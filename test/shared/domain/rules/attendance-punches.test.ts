import { describe, expect, it } from 'vitest';
import { statusFromPunches } from '@shared/domain/rules/attendance-punches';

const p = (time: string | null, result: string) => ({ date: '2026-03-05', time, result });

describe('clock-in punches → suggested status', () => {
  it('reads a normal day, a late arrival and an early departure as DingTalk writes them', () => {
    expect(statusFromPunches([p('08:21', '正常'), p('17:35', '正常')])).toEqual({ status: 'present', needsReview: false, reason: '打卡正常' });
    expect(statusFromPunches([p('08:47', '迟到17分钟'), p('17:35', '正常')])).toEqual({ status: 'late', needsReview: false, reason: '上班迟到（08:47）' });
    expect(statusFromPunches([p('09:40', '严重迟到'), p('16:10', '早退')]).status).toBe('late');
    expect(statusFromPunches([p('08:30', '正常'), p('16:10', '早退')])).toMatchObject({ status: 'earlyLeave', reason: '下班早退（16:10）' });
  });

  it('treats 外勤 and 出差 as 公出 and 请假 as leave', () => {
    expect(statusFromPunches([p('08:30', '外勤'), p('17:40', '外勤')]).status).toBe('officialOuting');
    expect(statusFromPunches([p(null, '出差')]).status).toBe('officialOuting');
    expect(statusFromPunches([p(null, '请假'), p('17:40', '正常')])).toMatchObject({ status: 'leave', reason: '打卡结果为请假，请核对是否有已批准的请假' });
    expect(statusFromPunches([p(null, '事假')]).status).toBe('leave');
  });

  it('flags missing punches and 旷工 for review', () => {
    expect(statusFromPunches([p('08:30', '正常'), p(null, '缺卡')])).toEqual({ status: 'present', needsReview: true, reason: '有正常打卡，另有缺卡，按在岗计' });
    expect(statusFromPunches([p(null, '缺卡'), p(null, '缺卡')])).toEqual({ status: 'absent', needsReview: true, reason: '全天缺卡，请核实是否在岗' });
    expect(statusFromPunches([p(null, '旷工迟到')])).toMatchObject({ status: 'absent', needsReview: true });
    expect(statusFromPunches([])).toEqual({ status: 'unknown', needsReview: true, reason: '当天没有打卡记录' });
  });

  it('reads rest days, work on a rest day, and unknown texts', () => {
    expect(statusFromPunches([p(null, '休息')]).status).toBe('rest');
    expect(statusFromPunches([p('09:00', '休息并打卡')]).status).toBe('present');
    expect(statusFromPunches([p('08:30', '正常'), p('17:30', '地点异常')])).toEqual({
      status: 'present',
      needsReview: true,
      reason: '打卡正常；无法识别的打卡结果“地点异常”',
    });
  });
});
