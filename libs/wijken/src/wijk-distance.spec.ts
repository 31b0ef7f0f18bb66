import { boundingBox, haversineKm, neighboursWithin } from './wijk-distance.js';
import { toPostcode4 } from './postcode4.js';

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(52.2245, 5.1745, 52.2245, 5.1745)).toBe(0);
    expect(haversineKm(52.2245, 5.1745, 52.25, 5.201)).toBeCloseTo(haversineKm(52.25, 5.201, 52.2245, 5.1745), 10);
  });

  it('gives one degree of latitude as about 111.2 km', () => {
    expect(haversineKm(52, 5, 53, 5)).toBeCloseTo(111.19, 1);
  });

  it('shrinks a degree of longitude towards the pole (cos 52° ≈ 0.616)', () => {
    expect(haversineKm(52, 5, 52, 6)).toBeCloseTo(68.45, 0);
    expect(haversineKm(0, 5, 0, 6)).toBeCloseTo(111.19, 1);
  });

  it('matches a known distance: Paris to London is about 344 km', () => {
    expect(haversineKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeGreaterThan(342);
    expect(haversineKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeLessThan(345);
  });
});

describe('boundingBox', () => {
  it('contains every point at the radius in each direction', () => {
    const box = boundingBox(52.2245, 5.1745, 2.5);
    for (const [dLat, dLon] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      // Walk outwards until 2.5 km is reached, then check the point is still inside the box.
      let step = 0;
      while (haversineKm(52.2245, 5.1745, 52.2245 + dLat * step, 5.1745 + dLon * step) < 2.5) step += 0.0001;
      const lat = 52.2245 + dLat * (step - 0.0001);
      const lon = 5.1745 + dLon * (step - 0.0001);
      expect(lat).toBeGreaterThanOrEqual(box.minLat);
      expect(lat).toBeLessThanOrEqual(box.maxLat);
      expect(lon).toBeGreaterThanOrEqual(box.minLon);
      expect(lon).toBeLessThanOrEqual(box.maxLon);
    }
  });

  it('is not much larger than needed (a prefilter that keeps everything is useless)', () => {
    const box = boundingBox(52.2245, 5.1745, 2.5);
    expect(haversineKm(box.minLat, 5.1745, box.maxLat, 5.1745)).toBeLessThan(5.1);
    expect(haversineKm(52.2245, box.minLon, 52.2245, box.maxLon)).toBeLessThan(5.2);
  });
});

describe('neighboursWithin', () => {
  const centrum = { code: 'WK040201', lat: 52.2245, lon: 5.1745 };
  const spoor = { code: 'WK040210', lat: 52.232, lon: 5.182 }; // ~0.98 km
  const oost = { code: 'WK040202', lat: 52.2285, lon: 5.1935 }; // ~1.37 km
  const meent = { code: 'WK040204', lat: 52.25, lon: 5.201 }; // ~3.36 km

  it('gives the wijken within the radius, nearest first, never the wijk itself', () => {
    expect(neighboursWithin(centrum, [meent, oost, centrum, spoor], 2.5)).toEqual(['WK040210', 'WK040202']);
  });

  it('follows the radius', () => {
    expect(neighboursWithin(centrum, [meent, oost, spoor], 1)).toEqual(['WK040210']);
    expect(neighboursWithin(centrum, [meent, oost, spoor], 4)).toEqual(['WK040210', 'WK040202', 'WK040204']);
    expect(neighboursWithin(centrum, [meent, oost, spoor], 0)).toEqual([]);
  });

  it('orders equally distant wijken by code, so the answer is stable', () => {
    const a = { code: 'WK000002', lat: 52.01, lon: 5 };
    const b = { code: 'WK000001', lat: 51.99, lon: 5 };
    expect(neighboursWithin({ code: 'WK000000', lat: 52, lon: 5 }, [a, b], 5)).toEqual(['WK000001', 'WK000002']);
  });
});

describe('toPostcode4', () => {
  it('keeps the 4 digits of a postcode in any usual spelling', () => {
    expect(toPostcode4('1211')).toBe('1211');
    expect(toPostcode4('1211 AB')).toBe('1211');
    expect(toPostcode4(' 1211ab ')).toBe('1211');
  });

  it('refuses what is not a Dutch postcode', () => {
    expect(toPostcode4('0211')).toBeNull();
    expect(toPostcode4('121')).toBeNull();
    expect(toPostcode4('12111')).toBeNull();
    expect(toPostcode4('1211 ABC')).toBeNull();
    expect(toPostcode4('')).toBeNull();
  });
});
