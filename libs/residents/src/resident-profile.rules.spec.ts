import { AgeBand, ConsentKind, ContactPreference, ResidentNeed } from './resident-profile.enums.js';
import {
  buurtBelongsToWijk,
  mergeProfile,
  normaliseLanguages,
  planConsents,
  PROFILE_DEFAULTS,
  type ProfileValues,
  toPostcode4,
} from './resident-profile.rules.js';

const existing: ProfileValues = {
  wijkCode: 'WK040201',
  buurtCode: 'BU04020103',
  postcode: '1211',
  ageBand: AgeBand.AGE_65_TO_74,
  languages: ['nl'],
  interests: ['wandelen'],
  talents: [],
  wishes: ['koffie'],
  interestsText: 'Vogels kijken',
  talentsText: null,
  wishesText: null,
  availability: ['TUE_MORNING'],
  travelRadiusKm: 2,
  needs: [ResidentNeed.HEARING_LOOP],
  contactPreference: ContactPreference.APP,
  viaSocialWorker: false,
  wantsNewContacts: true,
};

const fields = (errors: { field: string }[]) => errors.map((e) => e.field).sort();

describe('resident profile rules', () => {
  describe('first save', () => {
    it('needs a wijk', () => {
      const sut = mergeProfile(null, { interests: ['wandelen'] }, { onBehalf: false });
      expect(fields(sut.errors)).toEqual(['wijkCode']);
    });

    it('fills in the defaults', () => {
      const sut = mergeProfile(null, { wijkCode: 'WK040201' }, { onBehalf: false });
      expect(sut.errors).toEqual([]);
      expect(sut.values).toMatchObject({
        wijkCode: 'WK040201',
        buurtCode: null,
        postcode: null,
        ageBand: null,
        languages: [],
        availability: [],
        travelRadiusKm: PROFILE_DEFAULTS.travelRadiusKm,
        contactPreference: ContactPreference.APP,
        viaSocialWorker: false,
        wantsNewContacts: true,
      });
    });

    it('always routes someone registered on their behalf through the social worker', () => {
      const sut = mergeProfile(null, { wijkCode: 'WK040201' }, { onBehalf: true });
      expect(sut.errors).toEqual([]);
      expect(sut.values.viaSocialWorker).toBe(true);
      expect(sut.values.contactPreference).toBe(ContactPreference.PHONE_VIA_SOCIAL_WORKER);
    });

    it('refuses app contact or direct proposals for someone registered on their behalf', () => {
      const sut = mergeProfile(
        null,
        { wijkCode: 'WK040201', viaSocialWorker: false, contactPreference: ContactPreference.APP },
        { onBehalf: true },
      );
      expect(fields(sut.errors)).toEqual(['contactPreference', 'viaSocialWorker']);
    });
  });

  describe('partial update', () => {
    it('changes only what is given', () => {
      const sut = mergeProfile(existing, { availability: ['THU_AFTERNOON', 'TUE_MORNING'] }, { onBehalf: false });
      expect(sut.errors).toEqual([]);
      expect(sut.values).toEqual({ ...existing, availability: ['TUE_MORNING', 'THU_AFTERNOON'] });
    });

    it('clears nullable fields with null and lists with null or []', () => {
      const sut = mergeProfile(existing, { ageBand: null, postcode: null, interestsText: null, needs: null, wishes: [] }, { onBehalf: false });
      expect(sut.errors).toEqual([]);
      expect(sut.values).toMatchObject({ ageBand: null, postcode: null, interestsText: null, needs: [], wishes: [] });
    });

    it('refuses null for fields that cannot be empty', () => {
      const sut = mergeProfile(
        existing,
        { wijkCode: null, travelRadiusKm: null, contactPreference: null, viaSocialWorker: null, wantsNewContacts: null },
        { onBehalf: false },
      );
      expect(fields(sut.errors)).toEqual(['contactPreference', 'travelRadiusKm', 'viaSocialWorker', 'wantsNewContacts', 'wijkCode']);
    });

    it('trims free text and treats blank as empty', () => {
      const sut = mergeProfile(existing, { talentsText: '  Ik kan goed koken  ', interestsText: '   ' }, { onBehalf: false });
      expect(sut.values.talentsText).toBe('Ik kan goed koken');
      expect(sut.values.interestsText).toBeNull();
    });

    it('refuses free text over 500 characters', () => {
      const sut = mergeProfile(existing, { wishesText: 'x'.repeat(501) }, { onBehalf: false });
      expect(fields(sut.errors)).toEqual(['wishesText']);
      expect(mergeProfile(existing, { wishesText: 'x'.repeat(500) }, { onBehalf: false }).errors).toEqual([]);
    });

    it('keeps the travel radius between 0.5 and 25 km', () => {
      expect(fields(mergeProfile(existing, { travelRadiusKm: 0.4 }, { onBehalf: false }).errors)).toEqual(['travelRadiusKm']);
      expect(fields(mergeProfile(existing, { travelRadiusKm: 25.5 }, { onBehalf: false }).errors)).toEqual(['travelRadiusKm']);
      expect(mergeProfile(existing, { travelRadiusKm: 0.5 }, { onBehalf: false }).values.travelRadiusKm).toBe(0.5);
      expect(mergeProfile(existing, { travelRadiusKm: 7.25 }, { onBehalf: false }).values.travelRadiusKm).toBe(7.3);
    });

    it('removes duplicate tags and needs', () => {
      const sut = mergeProfile(
        existing,
        { interests: ['koffie', 'wandelen', 'koffie'], needs: [ResidentNeed.SOMEONE_TO_GO_ALONG, ResidentNeed.WHEELCHAIR_ACCESS, ResidentNeed.WHEELCHAIR_ACCESS] },
        { onBehalf: false },
      );
      expect(sut.values.interests).toEqual(['koffie', 'wandelen']);
      expect(sut.values.needs).toEqual([ResidentNeed.WHEELCHAIR_ACCESS, ResidentNeed.SOMEONE_TO_GO_ALONG]);
    });

    it('refuses more than 30 tags', () => {
      const sut = mergeProfile(existing, { talents: Array.from({ length: 31 }, (_, i) => `tag-${i}`) }, { onBehalf: false });
      expect(fields(sut.errors)).toEqual(['talents']);
    });

    it('names unknown availability values', () => {
      const sut = mergeProfile(existing, { availability: ['TUE_MORNING', 'TUE_NIGHT'] }, { onBehalf: false });
      expect(sut.errors).toEqual([{ field: 'availability', message: 'not a day part: TUE_NIGHT' }]);
    });
  });

  describe('wijk, buurt and postcode', () => {
    it('drops the old buurt when the resident moves to another wijk', () => {
      const sut = mergeProfile(existing, { wijkCode: 'WK040205' }, { onBehalf: false });
      expect(sut.errors).toEqual([]);
      expect(sut.values.buurtCode).toBeNull();
    });

    it('refuses a chosen buurt outside the wijk', () => {
      const sut = mergeProfile(existing, { buurtCode: 'BU04020501' }, { onBehalf: false });
      expect(fields(sut.errors)).toEqual(['buurtCode']);
    });

    it('checks buurt codes against wijk codes by their digits', () => {
      expect(buurtBelongsToWijk('BU04020103', 'WK040201')).toBe(true);
      expect(buurtBelongsToWijk('BU04020203', 'WK040201')).toBe(false);
      expect(buurtBelongsToWijk('BU040201', 'WK040201')).toBe(false);
    });

    it('keeps only the 4 digits of a postcode', () => {
      expect(toPostcode4('1211')).toBe('1211');
      expect(toPostcode4('1211 AB')).toBe('1211');
      expect(toPostcode4('1211ab')).toBe('1211');
      expect(toPostcode4('0211')).toBeNull();
      expect(toPostcode4('Kerkstraat 1')).toBeNull();
      expect(mergeProfile(existing, { postcode: '1217 CD' }, { onBehalf: false }).values.postcode).toBe('1217');
      expect(fields(mergeProfile(existing, { postcode: '12' }, { onBehalf: false }).errors)).toEqual(['postcode']);
    });
  });

  describe('languages', () => {
    it('canonicalises ISO codes and refuses unknown ones', () => {
      expect(normaliseLanguages(['NL', 'en', 'tur', 'ar', 'nld', 'dse'])).toEqual({ languages: ['nl', 'en', 'tr', 'ar', 'dse'], invalid: [] });
      expect(normaliseLanguages(['nl', 'xx', 'dutch']).invalid).toEqual(['xx', 'dutch']);
      expect(fields(mergeProfile(existing, { languages: ['zz'] }, { onBehalf: false }).errors)).toEqual(['languages']);
    });
  });

  describe('consents', () => {
    const none = new Set<ConsentKind>();

    it('needs consent to process the profile on the first save', () => {
      expect(fields(planConsents(none, undefined, { firstSave: true, field: 'consents' }).errors)).toEqual(['consents.profileProcessing']);
      expect(fields(planConsents(none, { profileProcessing: false }, { firstSave: true, field: 'consents' }).errors)).toEqual([
        'consents.profileProcessing',
      ]);
      expect(planConsents(none, { profileProcessing: true, matching: true }, { firstSave: true, field: 'consents' })).toEqual({
        give: [ConsentKind.PROFILE_PROCESSING, ConsentKind.MATCHING],
        withdraw: [],
        errors: [],
      });
    });

    it('does not record a consent twice, and withdraws only what holds', () => {
      const active = new Set([ConsentKind.PROFILE_PROCESSING, ConsentKind.MATCHING]);
      expect(planConsents(active, { profileProcessing: true, matching: false, measurement: false }, { firstSave: false, field: 'consents' })).toEqual({
        give: [],
        withdraw: [ConsentKind.MATCHING],
        errors: [],
      });
    });

    it('sends someone who withdraws consent for the profile itself to erasure', () => {
      const active = new Set([ConsentKind.PROFILE_PROCESSING]);
      const sut = planConsents(active, { profileProcessing: false }, { firstSave: false, field: 'consent' });
      expect(fields(sut.errors)).toEqual(['consent.profileProcessing']);
      expect(sut.withdraw).toEqual([]);
    });
  });
});
