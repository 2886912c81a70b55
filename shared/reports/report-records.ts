// The plain records reports are built from. Defined structurally from the entity types, so a
// stored row (with sync metadata and local fields) can be passed as it is.
import type { Assessment, Batch, Cadre, Extension, Posting, Unit } from '../domain/entities';

/** A record with its id; any extra fields are ignored. */
export type WithId<T> = T & { id: string; _deleted?: boolean };

/** The posting fields reports read. */
export type ReportPosting = WithId<
  Pick<
    Posting,
    | 'cadreId'
    | 'batchId'
    | 'type'
    | 'dispatchingUnitId'
    | 'originalPost'
    | 'receivingUnitId'
    | 'secondedPost'
    | 'village'
    | 'teamRole'
    | 'startDate'
    | 'plannedEndDate'
    | 'actualEndDate'
    | 'status'
  > &
    Partial<Pick<Posting, 'originalPositionLevel' | 'remarks'>> & {
      /** the posting's extension records (table `extensions`), when the loader attaches them */
      extensions?: readonly (Pick<Extension, 'newEndDate'> & Partial<Extension>)[];
    }
>;

/** The cadre fields reports read. */
export type ReportCadre = WithId<
  Pick<Cadre, 'name' | 'sex' | 'birthDate' | 'ethnicity' | 'politicalStatus'> &
    Partial<
      Pick<
        Cadre,
        | 'idCardNo'
        | 'fullTimeEducation'
        | 'fullTimeDegree'
        | 'inServiceEducation'
        | 'inServiceDegree'
        | 'positionLevel'
        | 'rank'
        | 'phone'
        | 'isReserveCadre'
      >
    >
>;

/** The unit fields reports read. */
export type ReportUnit = WithId<Pick<Unit, 'name' | 'level'> & Partial<Pick<Unit, 'shortName' | 'parentId' | 'sortOrder'>>>;

/** The batch fields reports read. */
export type ReportBatch = WithId<Pick<Batch, 'name'> & Partial<Pick<Batch, 'year' | 'startDate'>>>;

/** The assessment fields reports read. */
export type ReportAssessment = WithId<
  Pick<Assessment, 'postingId' | 'kind'> & Partial<Pick<Assessment, 'grade' | 'selfSummary' | 'hostOpinion' | 'homeOpinion'>>
>;

/** Postings with the people, units and batches they refer to. */
export interface PostingSource {
  postings: readonly ReportPosting[];
  cadres: ReadonlyMap<string, ReportCadre>;
  units: ReadonlyMap<string, ReportUnit>;
  batches: ReadonlyMap<string, ReportBatch>;
}
