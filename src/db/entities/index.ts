import { AnalystRequestEntity } from './analyst-request.entity';
import { AnalystShiftPreferenceEntity } from './analyst-shift-preference.entity';
import { AnalystSkillEntity } from './analyst-skill.entity';
import { AnalystEntity } from './analyst.entity';
import { ClientEntity } from './client.entity';
import { ContractDedicatedAnalystEntity } from './contract-dedicated-analyst.entity';
import { ContractEntity } from './contract.entity';
import { CoverageTargetEntity } from './coverage-target.entity';
import { QueueSkillEntity } from './queue-skill.entity';
import { RosterAssignmentEntity } from './roster-assignment.entity';
import { RosterJobEntity } from './roster-job.entity';
import { RosterEntity } from './roster.entity';
import { QueueEntity } from './queue.entity';
import { ShiftTemplateEntity } from './shift-template.entity';
import { SiteEntity } from './site.entity';
import { SkillEntity } from './skill.entity';
import { TimeOffEntity } from './time-off.entity';

export {
  AnalystEntity, AnalystRequestEntity, AnalystShiftPreferenceEntity, AnalystSkillEntity, ClientEntity,
  ContractDedicatedAnalystEntity, ContractEntity, CoverageTargetEntity, QueueEntity, QueueSkillEntity,
  RosterAssignmentEntity, RosterEntity, RosterJobEntity, ShiftTemplateEntity, SiteEntity, SkillEntity, TimeOffEntity,
};

/** Every entity the data source knows; a new entity is added here and in a migration. */
export const entities = [
  SiteEntity, SkillEntity, AnalystEntity, AnalystSkillEntity, AnalystShiftPreferenceEntity, AnalystRequestEntity,
  TimeOffEntity, ClientEntity, ContractEntity, ContractDedicatedAnalystEntity, QueueEntity, QueueSkillEntity,
  ShiftTemplateEntity, CoverageTargetEntity, RosterJobEntity, RosterEntity, RosterAssignmentEntity,
];
