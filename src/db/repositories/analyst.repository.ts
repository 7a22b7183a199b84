import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import { AnalystEntity, AnalystSkillEntity, ClientEntity } from '../entities';
import { updateVersioned } from './versioned-update';

export type AnalystValues = Pick<AnalystEntity, 'name' | 'email' | 'siteId' | 'timeZone' | 'background' | 'rules' | 'usualClientId' | 'maxDevelopmentShifts'>;

/** What the analyst search narrows by; all present conditions must hold. */
export interface AnalystSearch {
  siteId?: number;
  skill?: { skillId: number; minProficiency: number };
  background?: string;
  /** Case-insensitive substring of the name. */
  text?: string;
  includeInactive: boolean;
}

/** Escapes LIKE wildcards with '!' (one character on both SQLite and MySQL, unlike a backslash). */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export class AnalystRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get repo() {
    return this.db.getRepository(AnalystEntity);
  }

  private get em(): EntityManager {
    return 'manager' in this.db ? this.db.manager : this.db;
  }

  findById(id: number): Promise<AnalystEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly number[]): Promise<AnalystEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repo.findBy({ id: In([...ids]) });
  }

  findByEmail(email: string): Promise<AnalystEntity | null> {
    return this.repo.findOneBy({ email });
  }

  async clientExists(id: number): Promise<boolean> {
    return (await this.db.getRepository(ClientEntity).countBy({ id })) > 0;
  }

  /**
   * One page in (name, id) order, after the given key; asks for `limit` rows (callers ask one
   * more than they show, to know whether a next page exists).
   */
  findPage(search: AnalystSearch, after: { name: string; id: number } | null, limit: number): Promise<AnalystEntity[]> {
    const query = this.searchQuery(search);
    if (after) query.andWhere('(a.name > :afterName OR (a.name = :afterName AND a.id > :afterId))', { afterName: after.name, afterId: after.id });
    return query.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').take(limit).getMany();
  }

  count(search: AnalystSearch): Promise<number> {
    return this.searchQuery(search).getCount();
  }

  private searchQuery(search: AnalystSearch): SelectQueryBuilder<AnalystEntity> {
    const query = this.repo.createQueryBuilder('a');
    if (!search.includeInactive) query.andWhere('a.active = :active', { active: true });
    if (search.siteId !== undefined) query.andWhere('a.siteId = :siteId', { siteId: search.siteId });
    if (search.background !== undefined) query.andWhere('a.background = :background', { background: search.background });
    if (search.text) query.andWhere(`LOWER(a.name) LIKE :text ESCAPE '!'`, { text: likePattern(search.text) });
    if (search.skill) {
      const sub = query.subQuery().select('1').from(AnalystSkillEntity, 's')
        .where('s.analystId = a.id AND s.skillId = :skillId AND s.proficiency >= :minProficiency').getQuery();
      query.andWhere(`EXISTS ${sub}`, search.skill);
    }
    return query;
  }

  async insert(values: AnalystValues): Promise<number> {
    const saved = await this.repo.save(this.repo.create({ ...values, active: true }));
    return saved.id;
  }

  update(id: number, version: number, patch: Partial<AnalystValues & { active: boolean }>): Promise<void> {
    return updateVersioned(this.em, AnalystEntity, 'Analyst', id, version, patch);
  }
}
