import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { todayIso } from '@shared/domain/dates';
import { APPROVAL_DECISION, LEAVE_TYPE } from '@shared/domain/enums';
import { overstayedWorkdays } from '@shared/domain/rules/leave';
import { useStore } from '../app/store-context';
import { loadLeaveCase } from '../db/queries/leave';
import { getLive } from '../db/queries/live';
import { LEAVE_FORM_TEXTS as T } from './leave-form-texts';
import type { PrintPageProps } from './print-routes';
import { T as PERIOD } from '../features/attendance/texts';
import './leave-form.css';

/** Overstayed working days at a 销假, 0 when the year has no holiday data. */
function overstay(endDate: string, back: string): number {
  try {
    return overstayedWorkdays({ endDate }, back);
  } catch {
    return 0;
  }
}

/**
 * `#/print/leave-form?leaveId=…`: the 请假审批表 of one request (DOMAIN §4.4), portrait: the
 * request, then one opinion block per tier of its rule set up to the required one (decisions
 * already recorded are printed, the others left for signatures), then 销假情况.
 */
export default function LeaveFormPage({ params, onReady, onError }: PrintPageProps) {
  const store = useStore();
  const id = params.leaveId;
  const today = todayIso();
  const data = useLiveQuery(async () => {
    if (!id) return null;
    const c = await loadLeaveCase(store.db, id, today);
    if (!c) return null;
    const [dispatching, receiving] = await Promise.all([getLive(store.db.units, c.posting.dispatchingUnitId), getLive(store.db.units, c.posting.receivingUnitId)]);
    return { c, dispatching: dispatching?.name ?? '', receiving: [receiving?.name ?? '', c.posting.village ?? ''].filter(Boolean).join(' ') };
  }, [store, id, today]);

  useEffect(() => {
    if (!id) onError(T.missingId);
    else if (data === null) onError(T.gone);
    else if (data) onReady();
  }, [id, data, onReady, onError]);
  if (!data) return null;
  const { c } = data;
  const r = c.request;
  const tiers = c.ruleSet.tiers.slice(0, c.state.requiredTier);
  return (
    <article className="print-document">
      <h1 className="print-title">{T.title}</h1>
      <table className="leave-form">
        <tbody>
          <tr>
            <td className="lf-label">{T.name}</td>
            <td>{c.name}</td>
            <td className="lf-label">{T.dispatching}</td>
            <td>{data.dispatching}</td>
          </tr>
          <tr>
            <td className="lf-label">{T.receiving}</td>
            <td>{data.receiving}</td>
            <td className="lf-label">{T.post}</td>
            <td>{c.posting.secondedPost}</td>
          </tr>
          <tr>
            <td className="lf-label">{T.type}</td>
            <td>{labelOf(LEAVE_TYPE, r.type)}</td>
            <td className="lf-label">{T.days}</td>
            <td>{T.days_(c.days)}</td>
          </tr>
          <tr>
            <td className="lf-label">{T.period}</td>
            <td colSpan={3}>{PERIOD.leave.period(r.startDate, r.startHalf, r.endDate, r.endHalf)}</td>
          </tr>
          <tr>
            <td className="lf-label">{T.reason}</td>
            <td colSpan={3} className="lf-tall">
              {r.reason}
            </td>
          </tr>
          <tr>
            <td className="lf-label">{T.destination}</td>
            <td>{r.destination}</td>
            <td className="lf-label">{T.deputy}</td>
            <td>{r.deputy ?? ''}</td>
          </tr>
          {r.evidence && (
            <tr>
              <td className="lf-label">{T.evidence}</td>
              <td colSpan={3}>{r.evidence}</td>
            </tr>
          )}
          {tiers.map((t, i) => {
            const a = c.approvals.find((x) => x.tier === i + 1);
            return (
              <tr key={i}>
                <td className="lf-label">{T.opinion(t.approverRole)}</td>
                <td colSpan={3} className="lf-opinion">
                  {a ? T.decided(labelOf(APPROVAL_DECISION, a.decision), a.comment) : ''}
                  <span className="lf-sign">{T.signature(a?.approverName ?? null, a?.date ?? null)}</span>
                </td>
              </tr>
            );
          })}
          <tr>
            <td className="lf-label">{T.reportBack}</td>
            <td colSpan={3}>{r.reportedBackDate ? T.reportedBack(r.reportedBackDate, overstay(r.endDate, r.reportedBackDate)) : <span className="lf-muted">{T.notBack}</span>}</td>
          </tr>
        </tbody>
      </table>
      <p className="leave-form-notes">
        {T.rule(c.ruleSet.name, c.ruleSet.countWorkingDaysOnly)}
        <br />
        {T.copies(r.copies)}
      </p>
    </article>
  );
}
