import { ASAKA_CITY_HALL, boundingBox, distanceKm, isInAsakaArea, STATION_POSITIONS } from './geo';

describe('distances around Asaka', () => {
  it('measures 朝霞駅 to 朝霞台駅 at about 1.8 km, and zero to itself', () => {
    const asaka = STATION_POSITIONS['朝霞']!;
    const asakadai = STATION_POSITIONS['朝霞台']!;
    expect(distanceKm(asaka, asakadai)).toBeGreaterThan(1.7);
    expect(distanceKm(asaka, asakadai)).toBeLessThan(1.9);
    expect(distanceKm(asaka, asaka)).toBe(0);
  });

  it('puts every point within the distance inside the bounding box', () => {
    const box = boundingBox(ASAKA_CITY_HALL, 1);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const point = { latitude: ASAKA_CITY_HALL.latitude + 0.0089 * Math.cos(rad), longitude: ASAKA_CITY_HALL.longitude + 0.011 * Math.sin(rad) };
      if (distanceKm(ASAKA_CITY_HALL, point) > 1) continue;
      expect(point.latitude).toBeGreaterThanOrEqual(box.south);
      expect(point.latitude).toBeLessThanOrEqual(box.north);
      expect(point.longitude).toBeGreaterThanOrEqual(box.west);
      expect(point.longitude).toBeLessThanOrEqual(box.east);
    }
  });

  it('knows the city from a swapped or far-away position', () => {
    expect(isInAsakaArea(ASAKA_CITY_HALL)).toBe(true);
    expect(isInAsakaArea({ latitude: 139.59, longitude: 35.79 })).toBe(false);
    expect(isInAsakaArea({ latitude: 35.68, longitude: 139.76 })).toBe(false);
  });
});
