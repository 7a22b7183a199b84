export type SkillCategory = 'ehr' | 'access' | 'clinical_app' | 'devices' | 'telephony' | 'language' | 'general';
export const SKILL_CATEGORIES: readonly SkillCategory[] = ['ehr', 'access', 'clinical_app', 'devices', 'telephony', 'language', 'general'];

/** A skill as services hand it to the API. */
export interface SkillView {
  id: string;
  code: string;
  name: string;
  category: SkillCategory;
  active: boolean;
}
