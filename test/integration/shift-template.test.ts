import { ADMIN, createTestApp, errorCodes, TestApp } from '../helpers/test-app';
import { testDatabases } from '../helpers/test-databases';
import { ANALYST, createSite, managerOf, startsWithField } from '../helpers/client-fixtures';

const FIELDS = `id code name localStart lengthMinutes paidMinutes night active site { name timeZone }`;
const CREATE = `mutation ($input: CreateShiftTemplateInput!) { createShiftTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateShiftTemplateInput!) { updateShiftTemplate(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateShiftTemplate(id: $id) { id active } }`;
const GET = `query ($id: ID!) { shiftTemplate(id: $id) { id code } }`;
const LIST = `{ shiftTemplates(includeInactive: true) { code lengthMinutes paidMinutes } }`;

describe.each(testDatabases())('shift templates [%s]', (kind) => {
  let t: TestApp;
  let siteId: string;
  const day = () => ({ siteId, code: 'D', name: 'Day', localStart: '07:00', lengthMinutes: 510, paidMinutes: 480 });
  const createTemplate = async (extra: Record<string, unknown> = {}) =>
    (await t.gql<{ createShiftTemplate: { id: string } }>(CREATE, { input: { ...day(), ...extra } })).data!.createShiftTemplate.id;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    siteId = await createSite(t, 'Omaha', 'America/Chicago');
  });

  it('creates a template at a site and reads it with its site', async () => {
    const result = await t.gql(CREATE, { input: { siteId, code: 'N', name: 'Night', localStart: '23:00', lengthMinutes: 510, paidMinutes: 480, night: true } });
    expect(result).toEqual({
      data: {
        createShiftTemplate: {
          id: expect.any(String), code: 'N', name: 'Night', localStart: '23:00', lengthMinutes: 510, paidMinutes: 480, night: true, active: true,
          site: { name: 'Omaha', timeZone: 'America/Chicago' },
        },
      },
    });
  });

  it('lists templates per site by start time, and reads one', async () => {
    const night = await createTemplate({ code: 'N', name: 'Night', localStart: '23:00', night: true });
    await createTemplate();
    const otherSite = await createSite(t, 'Manila', 'Asia/Manila');
    await createTemplate({ siteId: otherSite });
    expect(await t.gql(`query ($siteId: ID) { shiftTemplates(siteId: $siteId) { code localStart site { name } } }`, { siteId }))
      .toEqual({ data: { shiftTemplates: [{ code: 'D', localStart: '07:00', site: { name: 'Omaha' } }, { code: 'N', localStart: '23:00', site: { name: 'Omaha' } }] } });
    expect((await t.gql<{ shiftTemplates: unknown[] }>(`{ shiftTemplates { code } }`)).data?.shiftTemplates).toHaveLength(3);
    expect(await t.gql(GET, { id: night })).toEqual({ data: { shiftTemplate: { id: night, code: 'N' } } });
    expect(errorCodes(await t.gql(GET, { id: '999' }))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['length 0', 'input.lengthMinutes', { lengthMinutes: 0, paidMinutes: 0 }],
    ['length 1441', 'input.lengthMinutes', { lengthMinutes: 1441 }],
    ['paid time over the length', 'input.paidMinutes', { lengthMinutes: 480, paidMinutes: 510 }],
    ['negative paid time', 'input.paidMinutes', { paidMinutes: -1 }],
    ['a malformed start', 'input.localStart', { localStart: '7am' }],
    ['a start at 24:00', 'input.localStart', { localStart: '24:00' }],
    ['an empty code', 'input.code', { code: '' }],
    ['an unknown site', 'input.siteId', { siteId: '999' }],
    ['a code the site already uses', 'input.code', { code: 'TAKEN' }],
  ])('rejects %s as BAD_USER_INPUT on %s and writes nothing', async (_label, field, extra) => {
    await createTemplate({ code: 'TAKEN' });
    const result = await t.gql(CREATE, { input: { ...day(), ...extra } });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(startsWithField(field));
    expect(await t.gql(LIST)).toEqual({ data: { shiftTemplates: [{ code: 'TAKEN', lengthMinutes: 510, paidMinutes: 480 }] } });
  });

  it('updates a template, checking paid time against the merged length', async () => {
    const id = await createTemplate();
    expect((await t.gql(UPDATE, { input: { id, name: 'Early', localStart: '06:00', lengthMinutes: 600, paidMinutes: 570 } })).data)
      .toEqual({ updateShiftTemplate: expect.objectContaining({ name: 'Early', localStart: '06:00', lengthMinutes: 600, paidMinutes: 570 }) });
    const shorter = await t.gql(UPDATE, { input: { id, lengthMinutes: 480 } });
    expect(shorter.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lengthMinutes' });
    const overpaid = await t.gql(UPDATE, { input: { id, paidMinutes: 601 } });
    expect(overpaid.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.paidMinutes' });
    expect(await t.gql(LIST)).toEqual({ data: { shiftTemplates: [{ code: 'D', lengthMinutes: 600, paidMinutes: 570 }] } });
  });

  it('deactivates a template, hiding it from the default list', async () => {
    const id = await createTemplate();
    expect(await t.gql(DEACTIVATE, { id })).toEqual({ data: { deactivateShiftTemplate: { id, active: false } } });
    expect(await t.gql(`{ shiftTemplates { code } }`)).toEqual({ data: { shiftTemplates: [] } });
  });

  it('lets everyone authenticated read, only staff write', async () => {
    const id = await createTemplate();
    for (const who of [ANALYST, managerOf('1'), ADMIN]) {
      expect(await t.gql(GET, { id }, who)).toEqual({ data: { shiftTemplate: { id, code: 'D' } } });
    }
    for (const who of [ANALYST, managerOf('1')]) {
      expect(errorCodes(await t.gql(CREATE, { input: { ...day(), code: 'E' } }, who))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(UPDATE, { input: { id, name: 'X' } }, who))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.gql(DEACTIVATE, { id }, who))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.gql(GET, { id }, null))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(CREATE, { input: day() }, null))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql(UPDATE, { input: { id, name: 'By admin' } }, ADMIN)).data).toBeTruthy();
    expect(await t.gql(`{ shiftTemplates { name } }`)).toEqual({ data: { shiftTemplates: [{ name: 'By admin' }] } });
  });
});
