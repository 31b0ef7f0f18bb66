import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { CreateResidentOnBehalfInput } from './create-resident-on-behalf.input.js';
import { UpdateMyProfileInput } from './update-my-profile.input.js';

/** The same options as the app's global ValidationPipe. */
async function failingFields<T extends object>(type: new () => T, plain: object): Promise<string[]> {
  const flatten = (errors: ValidationError[], prefix = ''): string[] =>
    errors.flatMap((e) => {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      return [...(e.constraints ? [field] : []), ...flatten(e.children ?? [], field)];
    });
  return flatten(await validate(plainToInstance(type, plain), { whitelist: true, forbidUnknownValues: false })).sort();
}

describe('profile inputs', () => {
  it('accepts an empty update (nothing changes) and a full one', async () => {
    expect(await failingFields(UpdateMyProfileInput, {})).toEqual([]);
    expect(
      await failingFields(UpdateMyProfileInput, {
        displayName: 'Anna',
        wijkCode: 'WK040201',
        postcode: '1211 AB',
        buurtCode: 'BU04020101',
        ageBand: 'AGE_75_PLUS',
        languages: ['nl', 'tr'],
        interests: ['wandelen'],
        interestsText: 'Vogels kijken',
        availability: ['TUE_MORNING', 'THU_AFTERNOON'],
        travelRadiusKm: 2.5,
        needs: ['HEARING_LOOP'],
        contactPreference: 'APP',
        viaSocialWorker: false,
        wantsNewContacts: true,
        consents: { profileProcessing: true, matching: false },
      }),
    ).toEqual([]);
  });

  it('refuses null where a field cannot be empty, but lets nullable fields be cleared', async () => {
    expect(await failingFields(UpdateMyProfileInput, { wijkCode: null, travelRadiusKm: null, displayName: null })).toEqual([
      'displayName',
      'travelRadiusKm',
      'wijkCode',
    ]);
    expect(await failingFields(UpdateMyProfileInput, { postcode: null, ageBand: null, interestsText: null, consents: null })).toEqual([]);
  });

  it('names each bad field', async () => {
    expect(
      await failingFields(UpdateMyProfileInput, {
        wijkCode: 'Oost',
        postcode: 'Kerkstraat 12',
        buurtCode: 'BU1',
        ageBand: '42',
        languages: ['Nederlands'],
        availability: ['TUE_NIGHT'],
        travelRadiusKm: 30,
        needs: ['A_LIFT'],
        wishesText: 'x'.repeat(501),
        displayName: '',
        consents: { matching: 'yes' },
      }),
    ).toEqual([
      'ageBand',
      'availability',
      'buurtCode',
      'consents.matching',
      'displayName',
      'languages',
      'needs',
      'postcode',
      'travelRadiusKm',
      'wijkCode',
      'wishesText',
    ]);
  });

  it('needs a name and a consent with how it was given for an on-behalf intake; APP is not a way to give it there', async () => {
    expect(await failingFields(CreateResidentOnBehalfInput, { wijkCode: 'WK040201' })).toEqual(['consent', 'displayName']);
    expect(
      await failingFields(CreateResidentOnBehalfInput, { displayName: 'Joop', consent: { profileProcessing: true, method: 'APP' } }),
    ).toEqual(['consent.method']);
    expect(
      await failingFields(CreateResidentOnBehalfInput, { displayName: 'Joop', consent: { profileProcessing: true, method: 'SPOKEN' } }),
    ).toEqual([]);
  });
});
