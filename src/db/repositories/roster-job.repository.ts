import type { DataSource, EntityManager } from 'typeorm';
import { In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { RosterJobEntity } from '../entities';

export type NewRosterJob = Pick<RosterJobEntity, 'startDate' | 'endDate' | 'siteIds' | 'options' | 'baseRosterId' | 'progress' | 'requestedBy'>;

const ACTIVE = ['queued', 'running'];

/** Solve jobs. Status changes are conditional updates, so a cancel and a finishing run cannot both win. */
export class RosterJobRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(RosterJobEntity);
  }

  async insert(values: NewRosterJob): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, status: 'queued', rosterId: null, error: null, startedAt: null, finishedAt: null }));
    return saved.id;
  }

  findById(id: number): Promise<RosterJobEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByStatus(status: string | null): Promise<RosterJobEntity[]> {
    return this.repo.find({ where: status ? { status } : {}, order: { id: 'DESC' }, take: 200 });
  }

  /** Queued or running jobs whose period overlaps [start, end]; the caller compares sites. */
  findActiveOverlapping(start: string, end: string): Promise<RosterJobEntity[]> {
    return this.repo.find({ where: { status: In(ACTIVE), startDate: LessThanOrEqual(end), endDate: MoreThanOrEqual(start) }, order: { id: 'ASC' } });
  }

  /** Moves a job from one of `from` to `status` with `patch`; false when it was no longer in `from`. */
  async transition(id: number, from: readonly string[], status: string, patch: Partial<RosterJobEntity> = {}): Promise<boolean> {
    const result = await this.db.createQueryBuilder().update(RosterJobEntity).set({ ...patch, status } as never)
      .where('id = :id AND status IN (:...from)', { id, from: [...from] }).execute();
    return result.affected === 1;
  }

  async setProgress(id: number, progress: Record<string, unknown>): Promise<void> {
    await this.db.createQueryBuilder().update(RosterJobEntity).set({ progress } as never).where('id = :id', { id }).execute();
  }

  /** Every job still queued or running, failed with `error`; the number of jobs changed. */
  async failAllActive(error: string, finishedAt: Date): Promise<number> {
    const result = await this.db.createQueryBuilder().update(RosterJobEntity).set({ status: 'failed', error, finishedAt } as never)
      .where('status IN (:...active)', { active: ACTIVE }).execute();
    return result.affected ?? 0;
  }
}
