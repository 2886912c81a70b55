import { plannedEndDate } from '../dates';
import type { Batch } from '../entities/batch';
import type { Cadre } from '../entities/cadre';
import type { Posting, PostingInput } from '../entities/posting';
import { defaultRulesFor } from '../presets';
import { DEFAULT_DIRECTION } from './posting-rules';

/** The usual term of a secondment, in months (DOMAIN §2.6, [seed001]). */
export const DEFAULT_TERM_MONTHS = 24;

/** What a posting's defaults may come from; each part is optional. */
export interface PostingDefaultsFrom {
  /** the batch it belongs to: type, start date, term and rule sets */
  batch?: Pick<Batch, 'postingType' | 'startDate' | 'defaultTermMonths' | 'leaveRuleSetId' | 'subsidyRuleId'> | null | undefined;
  /** the cadre sent: dispatching unit (their home unit), original post and post level */
  cadre?: Partial<Pick<Cadre, 'homeUnitId' | 'currentPost' | 'positionLevel'>> | null | undefined;
  /** the posting type, when no batch gives it */
  type?: string | null | undefined;
}

/**
 * The defaults of a new posting from what is known (DOMAIN §2.5, §2.6, §7.3): only the fields the
 * given parts decide. A type gives direction, the 24-month term and the preset rule sets
 * (`defaultRulesFor`); a batch gives its type, start date, term and rule sets (its own when set);
 * a cadre gives dispatching unit, original post and level. With a start date and a term, the planned
 * end date follows (start + term − 1 day). Used by the posting, pair and batch forms and the roster
 * import, so all four agree.
 */
export function postingDefaults(from: PostingDefaultsFrom): Partial<PostingInput> {
  const out: Partial<PostingInput> = {};
  if (from.cadre) {
    out.dispatchingUnitId = from.cadre.homeUnitId;
    out.originalPost = from.cadre.currentPost;
    out.originalPositionLevel = from.cadre.positionLevel ?? null;
  }
  const type = from.batch?.postingType ?? from.type;
  if (type) {
    out.type = type;
    out.direction = DEFAULT_DIRECTION[type] ?? 'lateral';
    out.termMonths = DEFAULT_TERM_MONTHS;
    Object.assign(out, defaultRulesFor(type));
  }
  const batch = from.batch;
  if (batch) {
    out.startDate = batch.startDate;
    out.termMonths = batch.defaultTermMonths;
    if (batch.leaveRuleSetId) out.leaveRuleSetId = batch.leaveRuleSetId;
    if (batch.subsidyRuleId) out.subsidyRuleId = batch.subsidyRuleId;
    out.plannedEndDate = plannedEndDate(batch.startDate, batch.defaultTermMonths);
  }
  return out;
}

/** What the clerk says about the person who takes over a recalled posting. */
export interface ReplacementChoice {
  cadre: Pick<Cadre, 'homeUnitId' | 'currentPost' | 'positionLevel'> & { id: string };
  startDate: string;
  /** the post held at the host; the recalled posting's post when empty */
  secondedPost?: string | null;
}

/**
 * The posting of the person replacing a recalled one (DOMAIN §2.6, [W-zb2017]): same host, type,
 * village, team, batch, term and rule sets; the new cadre's home unit and post; starting on the
 * given date, on post at once, pointing back at the recalled posting.
 */
export function replacementPosting(recalled: Posting & { id: string }, choice: ReplacementChoice): PostingInput {
  return {
    cadreId: choice.cadre.id,
    batchId: recalled.batchId,
    type: recalled.type,
    direction: recalled.direction,
    ...postingDefaults({ cadre: choice.cadre }),
    receivingUnitId: recalled.receivingUnitId,
    secondedPost: choice.secondedPost?.trim() || recalled.secondedPost,
    isRealAppointment: recalled.isRealAppointment,
    village: recalled.village,
    teamId: recalled.teamId,
    teamRole: recalled.teamRole,
    startDate: choice.startDate,
    termMonths: recalled.termMonths,
    plannedEndDate: plannedEndDate(choice.startDate, recalled.termMonths),
    status: 'active',
    replacesPostingId: recalled.id,
    partyRelationTransferred: recalled.partyRelationTransferred,
    insured: false,
    liaisonLeader: recalled.liaisonLeader,
    mentor: recalled.mentor,
    subsidyRuleId: recalled.subsidyRuleId,
    leaveRuleSetId: recalled.leaveRuleSetId,
  } as PostingInput;
}
