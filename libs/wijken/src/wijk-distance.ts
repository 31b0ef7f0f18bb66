/** Mean Earth radius (IUGG); the error against the ellipsoid is well under 1% at Dutch distances. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

export interface Centroid {
  code: string;
  lat: number;
  lon: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km between two points given in WGS84 degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = radians(lat2 - lat1);
  const dLon = radians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A box that surely contains every point within `radiusKm`: cheap to test in SQL on an index
 * before the exact distance. Longitude degrees shrink towards the poles, so the box widens there.
 */
export function boundingBox(lat: number, lon: number, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const cosLat = Math.max(Math.cos(radians(Math.min(89, Math.abs(lat) + dLat))), 1e-6);
  const dLon = radiusKm / (KM_PER_DEGREE_LAT * cosLat);
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}

/**
 * The codes of the candidates whose centroid lies within `radiusKm` of the origin's, nearest
 * first (ties by code, so the answer is stable), never the origin itself.
 */
export function neighboursWithin(origin: Centroid, candidates: readonly Centroid[], radiusKm: number): string[] {
  return candidates
    .filter((c) => c.code !== origin.code)
    .map((c) => ({ code: c.code, km: haversineKm(origin.lat, origin.lon, c.lat, c.lon) }))
    .filter((c) => c.km <= radiusKm)
    .sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))
    .map((c) => c.code);
}
