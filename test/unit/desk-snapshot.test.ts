import { toDeskRules } from '../../src/db/repositories/desk-snapshot.repository';

describe('toDeskRules', () => {
  it('names templates by String(id), as the desk shape and the solver do', () => {
    expect(toDeskRules({
      maxMinutesPerWeek: 2400, minRestMinutes: 660, fixedDaysOff: [7],
      maxShiftsPerTemplate: [{ templateId: 7, max: 3 }],
      forbiddenSuccessions: [{ fromTemplateId: 9, toTemplateId: 7 }],
    })).toEqual({
      maxMinutesPerWeek: 2400, minRestMinutes: 660, fixedDaysOff: [7],
      maxShiftsPerTemplate: { 7: 3 },
      forbiddenSuccessions: [{ fromTemplateKey: '9', toTemplateKey: '7' }],
    });
  });

  it('leaves absent rules absent', () => {
    expect(toDeskRules({})).toEqual({});
  });
});
