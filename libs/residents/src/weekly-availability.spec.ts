import {
  AVAILABILITY_SLOTS,
  availabilityLabel,
  availabilitySlotAt,
  isAvailabilitySlot,
  normaliseAvailability,
  parseAvailabilitySlot,
} from './weekly-availability.js';

describe('weekly availability', () => {
  it('has 21 slots in week order, Monday morning first and Sunday evening last', () => {
    expect(AVAILABILITY_SLOTS).toHaveLength(21);
    expect(AVAILABILITY_SLOTS[0]).toBe('MON_MORNING');
    expect(AVAILABILITY_SLOTS[1]).toBe('MON_AFTERNOON');
    expect(AVAILABILITY_SLOTS.at(-1)).toBe('SUN_EVENING');
  });

  it('parses a slot into day and part of day, in any case', () => {
    expect(parseAvailabilitySlot('TUE_MORNING')).toEqual({ day: 'TUE', partOfDay: 'MORNING' });
    expect(parseAvailabilitySlot(' thu_afternoon ')).toEqual({ day: 'THU', partOfDay: 'AFTERNOON' });
  });

  it('refuses what is not a slot', () => {
    for (const bad of ['', 'TUE', 'TUE_NIGHT', 'TUESDAY_MORNING', 'XYZ_MORNING', 'TUE-MORNING', 'TUE_MORNING_X']) {
      expect(parseAvailabilitySlot(bad)).toBeNull();
      expect(isAvailabilitySlot(bad)).toBe(false);
    }
    expect(isAvailabilitySlot('SAT_EVENING')).toBe(true);
  });

  it('normalises to unique slots in week order and names the unknown ones', () => {
    const sut = normaliseAvailability(['THU_AFTERNOON', 'tue_morning', 'TUE_MORNING', 'MON_EVENING', 'someday']);
    expect(sut.slots).toEqual(['MON_EVENING', 'TUE_MORNING', 'THU_AFTERNOON']);
    expect(sut.invalid).toEqual(['someday']);
  });

  it('labels a slot in Dutch and in English', () => {
    expect(availabilityLabel('TUE_MORNING')).toBe('dinsdagochtend');
    expect(availabilityLabel('SUN_EVENING')).toBe('zondagavond');
    expect(availabilityLabel('THU_AFTERNOON', 'en')).toBe('Thursday afternoon');
  });

  it('places a moment in the slot of the Dutch wall clock, across daylight saving time', () => {
    // 2026-03-03 is a Tuesday; 09:30 UTC is 10:30 in Amsterdam (winter time).
    expect(availabilitySlotAt(new Date('2026-03-03T09:30:00Z'))).toBe('TUE_MORNING');
    // 2026-07-02 is a Thursday; 10:30 UTC is 12:30 in Amsterdam (summer time): afternoon.
    expect(availabilitySlotAt(new Date('2026-07-02T10:30:00Z'))).toBe('THU_AFTERNOON');
    // Saturday 19:00 in Amsterdam.
    expect(availabilitySlotAt(new Date('2026-07-04T17:00:00Z'))).toBe('SAT_EVENING');
    // 23:30 UTC on Sunday is already Monday 01:30 in Amsterdam: night, no slot.
    expect(availabilitySlotAt(new Date('2026-07-05T23:30:00Z'))).toBeNull();
  });
});
