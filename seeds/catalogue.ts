/**
 * Names the generator draws from: skills, client hospitals, sites and people. All fictional;
 * the EHR module names are the vendors' real product names so the data reads like a real desk.
 */
import type { Background, Channel, SkillCategory } from './desk-data';

export interface CatalogueSkill {
  code: string;
  name: string;
  category: SkillCategory;
  /** EHR work needs a vendor certification, which can expire. */
  certified: boolean;
  /** How likely an analyst of each background is to hold the skill, 0..1. */
  affinity: Record<Background, number>;
}

const skill = (
  code: string, name: string, category: SkillCategory, certified: boolean,
  clinical: number, hospitality: number, it: number, other: number,
): CatalogueSkill => ({ code, name, category, certified, affinity: { clinical, hospitality, it, other } });

export const SKILLS: readonly CatalogueSkill[] = [
  skill('EPIC-AMB', 'Epic Ambulatory', 'ehr', true, 0.45, 0.15, 0.2, 0.1),
  skill('EPIC-CLINDOC', 'Epic Inpatient ClinDoc', 'ehr', true, 0.6, 0.05, 0.15, 0.05),
  skill('EPIC-BEAKER', 'Epic Beaker (laboratory)', 'ehr', true, 0.3, 0.02, 0.15, 0.05),
  skill('EPIC-ASAP', 'Epic ASAP (emergency)', 'ehr', true, 0.35, 0.05, 0.1, 0.05),
  skill('EPIC-WILLOW', 'Epic Willow (pharmacy)', 'ehr', true, 0.2, 0.02, 0.1, 0.03),
  skill('EPIC-CADENCE', 'Epic Cadence and Prelude (scheduling, registration)', 'ehr', true, 0.15, 0.45, 0.1, 0.2),
  skill('EPIC-BUILD', 'Epic build and security', 'ehr', true, 0.05, 0.02, 0.35, 0.05),
  skill('CERNER-POWERCHART', 'Cerner PowerChart', 'ehr', true, 0.45, 0.05, 0.15, 0.05),
  skill('CERNER-FIRSTNET', 'Cerner FirstNet (emergency)', 'ehr', true, 0.3, 0.03, 0.1, 0.03),
  skill('CERNER-REVENUE', 'Cerner Revenue Cycle', 'ehr', true, 0.05, 0.3, 0.1, 0.2),
  skill('MEDITECH-EXPANSE', 'Meditech Expanse', 'ehr', true, 0.35, 0.1, 0.2, 0.1),
  skill('MEDITECH-PCS', 'Meditech Expanse Patient Care', 'ehr', true, 0.3, 0.03, 0.05, 0.03),
  skill('PASSWORD-RESET', 'Password resets and account unlocks', 'access', false, 0.35, 0.8, 0.6, 0.6),
  skill('ACCESS-PROVISIONING', 'Access provisioning', 'access', false, 0.1, 0.4, 0.45, 0.3),
  skill('MFA-SSO', 'Multi-factor and single sign-on (Imprivata)', 'access', false, 0.1, 0.25, 0.5, 0.2),
  skill('PACS', 'PACS and imaging viewers', 'clinical_app', false, 0.35, 0.03, 0.2, 0.05),
  skill('DICTATION', 'Dragon Medical dictation', 'clinical_app', false, 0.4, 0.05, 0.15, 0.05),
  skill('CLINICAL-APPS', 'Clinical applications (general)', 'clinical_app', false, 0.65, 0.1, 0.2, 0.15),
  skill('PRINTERS', 'Printers and label printers', 'devices', false, 0.1, 0.2, 0.7, 0.3),
  skill('WORKSTATIONS', 'Workstations on wheels and thin clients', 'devices', false, 0.1, 0.1, 0.65, 0.2),
  skill('MOBILE', 'Mobile devices (Vocera, Zebra)', 'devices', false, 0.15, 0.15, 0.5, 0.2),
  skill('TELEPHONY', 'Telephony, paging and nurse call', 'telephony', false, 0.1, 0.55, 0.4, 0.25),
  skill('SERVICE-DESK', 'Service desk triage and ticketing', 'general', false, 0.4, 0.75, 0.7, 0.6),
  skill('SPANISH', 'Spanish', 'language', false, 0.15, 0.3, 0.1, 0.2),
];

export type EhrVendor = 'epic' | 'cerner' | 'meditech';

/** A kind of queue a client may have; the generator gives each client the first few kinds. */
export interface QueueKind {
  code: string;
  name: string;
  channel: Channel;
  twentyFourSeven: boolean;
  /** Relative size of the queue's demand. (The service desk is 24/7 only for large clients.) */
  weight: number;
  requiredSkills: { code: string; minimumProficiency: number }[];
}

const EHR_CLINICAL: Record<EhrVendor, string> = { epic: 'EPIC-CLINDOC', cerner: 'CERNER-POWERCHART', meditech: 'MEDITECH-PCS' };
const EHR_AMBULATORY: Record<EhrVendor, string> = { epic: 'EPIC-AMB', cerner: 'CERNER-POWERCHART', meditech: 'MEDITECH-EXPANSE' };
const EHR_EMERGENCY: Record<EhrVendor, string> = { epic: 'EPIC-ASAP', cerner: 'CERNER-FIRSTNET', meditech: 'MEDITECH-EXPANSE' };

/** Queue kinds in the order a client adds them: the 24/7 service desk always comes first. */
export function queueKindsFor(vendor: EhrVendor): QueueKind[] {
  const ehr = vendor === 'epic' ? 'Epic' : vendor === 'cerner' ? 'Cerner' : 'Meditech';
  return [
    { code: 'desk', name: 'Service desk', channel: 'phone', twentyFourSeven: false, weight: 1,
      requiredSkills: [{ code: 'SERVICE-DESK', minimumProficiency: 2 }] },
    { code: 'clinical', name: `${ehr} clinical support`, channel: 'phone', twentyFourSeven: false, weight: 0.6,
      requiredSkills: [{ code: EHR_CLINICAL[vendor], minimumProficiency: 3 }] },
    { code: 'access', name: 'Access and passwords', channel: 'chat', twentyFourSeven: false, weight: 0.5,
      requiredSkills: [{ code: 'PASSWORD-RESET', minimumProficiency: 2 }] },
    { code: 'ambulatory', name: `${ehr} ambulatory`, channel: 'phone', twentyFourSeven: false, weight: 0.45,
      requiredSkills: [{ code: EHR_AMBULATORY[vendor], minimumProficiency: 3 }] },
    { code: 'devices', name: 'Devices and printers', channel: 'portal', twentyFourSeven: false, weight: 0.35,
      requiredSkills: [{ code: 'PRINTERS', minimumProficiency: 2 }] },
    { code: 'emergency', name: `${ehr} emergency department`, channel: 'phone', twentyFourSeven: true, weight: 0.3,
      requiredSkills: [{ code: EHR_EMERGENCY[vendor], minimumProficiency: 3 }] },
    { code: 'spanish', name: 'Spanish line', channel: 'phone', twentyFourSeven: false, weight: 0.2,
      requiredSkills: [{ code: 'SERVICE-DESK', minimumProficiency: 2 }, { code: 'SPANISH', minimumProficiency: 4 }] },
    { code: 'telephony', name: 'Telephony and nurse call', channel: 'portal', twentyFourSeven: false, weight: 0.2,
      requiredSkills: [{ code: 'TELEPHONY', minimumProficiency: 2 }] },
  ];
}

export interface CatalogueClient {
  slug: string;
  name: string;
  timeZone: string;
  vendor: EhrVendor;
}

export const CLIENTS: readonly CatalogueClient[] = [
  { slug: 'riverside', name: 'Riverside Regional Medical Center', timeZone: 'America/New_York', vendor: 'epic' },
  { slug: 'prairie', name: 'Prairie Health System', timeZone: 'America/Chicago', vendor: 'cerner' },
  { slug: 'st-brigid', name: "St. Brigid's Hospital", timeZone: 'America/New_York', vendor: 'meditech' },
  { slug: 'front-range', name: 'Front Range Community Hospital', timeZone: 'America/Denver', vendor: 'epic' },
  { slug: 'pacific-crest', name: 'Pacific Crest Health', timeZone: 'America/Los_Angeles', vendor: 'epic' },
  { slug: 'lakeshore', name: "Lakeshore Children's Hospital", timeZone: 'America/Chicago', vendor: 'epic' },
  { slug: 'desert-valley', name: 'Desert Valley Medical Center', timeZone: 'America/Phoenix', vendor: 'cerner' },
  { slug: 'blue-ridge', name: 'Blue Ridge Health Partners', timeZone: 'America/New_York', vendor: 'cerner' },
  { slug: 'mercy-plains', name: 'Mercy Plains Hospital', timeZone: 'America/Chicago', vendor: 'meditech' },
  { slug: 'harbor-point', name: 'Harbor Point Medical Center', timeZone: 'America/Los_Angeles', vendor: 'cerner' },
  { slug: 'cedar-hills', name: 'Cedar Hills Health System', timeZone: 'America/New_York', vendor: 'epic' },
  { slug: 'red-river', name: 'Red River Regional Health', timeZone: 'America/Chicago', vendor: 'epic' },
  { slug: 'summit-view', name: 'Summit View Hospital', timeZone: 'America/Denver', vendor: 'meditech' },
  { slug: 'golden-gate', name: 'Golden Gate Community Health', timeZone: 'America/Los_Angeles', vendor: 'epic' },
  { slug: 'magnolia', name: 'Magnolia Medical Center', timeZone: 'America/New_York', vendor: 'cerner' },
  { slug: 'great-lakes', name: 'Great Lakes University Hospital', timeZone: 'America/Chicago', vendor: 'epic' },
  { slug: 'high-desert', name: 'High Desert Health', timeZone: 'America/Phoenix', vendor: 'meditech' },
  { slug: 'bayview', name: 'Bayview General Hospital', timeZone: 'America/New_York', vendor: 'epic' },
  { slug: 'timberline', name: 'Timberline Rural Health Network', timeZone: 'America/Denver', vendor: 'cerner' },
  { slug: 'sound-harbor', name: 'Sound Harbor Medical Group', timeZone: 'America/Los_Angeles', vendor: 'epic' },
];

export interface CatalogueSite {
  slug: string;
  name: string;
  timeZone: string;
}

export const SITES: readonly CatalogueSite[] = [
  { slug: 'east', name: 'Raleigh service centre', timeZone: 'America/New_York' },
  { slug: 'central', name: 'Omaha service centre', timeZone: 'America/Chicago' },
  { slug: 'mountain', name: 'Boise service centre', timeZone: 'America/Denver' },
  { slug: 'west', name: 'Sacramento service centre', timeZone: 'America/Los_Angeles' },
];

export const FIRST_NAMES: readonly string[] = [
  'Aaliyah', 'Aaron', 'Adriana', 'Alex', 'Amara', 'Andre', 'Angela', 'Ben', 'Bianca', 'Carlos', 'Chen', 'Chloe',
  'Daniel', 'Deepa', 'Diego', 'Elena', 'Emeka', 'Erin', 'Fatima', 'Grace', 'Hana', 'Hector', 'Imani', 'Isaac',
  'Jamal', 'Jasmine', 'Jorge', 'Julia', 'Kai', 'Kenji', 'Keisha', 'Laura', 'Leon', 'Lucia', 'Malik', 'Maria',
  'Marcus', 'Mei', 'Miguel', 'Nadia', 'Noah', 'Olivia', 'Omar', 'Priya', 'Rafael', 'Rosa', 'Samuel', 'Sofia',
  'Tanya', 'Tomas', 'Uma', 'Victor', 'Wen', 'Yusuf', 'Zoe', 'Ruth', 'Patrick', 'Nora', 'Ivan', 'Gloria',
];

export const LAST_NAMES: readonly string[] = [
  'Adams', 'Alvarez', 'Baker', 'Bell', 'Brooks', 'Castillo', 'Chen', 'Clark', 'Cruz', 'Davis', 'Diaz', 'Evans',
  'Fischer', 'Flores', 'Garcia', 'Green', 'Gupta', 'Hall', 'Hernandez', 'Hughes', 'Jackson', 'Johnson', 'Kim',
  'Lee', 'Lopez', 'Martin', 'Mendoza', 'Miller', 'Moore', 'Nguyen', 'Okafor', 'Ortiz', 'Patel', 'Perez', 'Price',
  'Ramirez', 'Reed', 'Rivera', 'Robinson', 'Sanchez', 'Shah', 'Singh', 'Smith', 'Sullivan', 'Taylor', 'Thomas',
  'Torres', 'Turner', 'Walker', 'Wang', 'Washington', 'Williams', 'Wilson', 'Wright', 'Young', 'Zhang',
];
