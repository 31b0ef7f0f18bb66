import { parseWijkenCsv } from './wijken-csv.parser.js';

const HEADER = 'wijkcode,wijknaam,gemeentecode,gemeentenaam,buurtcode,buurtnaam,postcode,lat,lon';
const file = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('parseWijkenCsv', () => {
  it('reads wijk, buurt and postcode lines apart by the cells that are filled', () => {
    const parsed = parseWijkenCsv(
      file(
        'WK040201,Centrum,GM0402,Hilversum,,,,52.2245,5.1745',
        'WK040201,,,,BU04020101,Kerkbrink en Oude Haven,,52.2232,5.1738',
        'WK040201,,,,BU04020102,Stationsgebied,,,',
        'WK040201,,,,,,1211,,',
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.wijken).toEqual([
      { line: 2, code: 'WK040201', name: 'Centrum', municipalityCode: 'GM0402', municipalityName: 'Hilversum', lat: 52.2245, lon: 5.1745 },
    ]);
    expect(parsed.buurten).toEqual([
      { line: 3, code: 'BU04020101', wijkCode: 'WK040201', name: 'Kerkbrink en Oude Haven', lat: 52.2232, lon: 5.1738 },
      { line: 4, code: 'BU04020102', wijkCode: 'WK040201', name: 'Stationsgebied', lat: null, lon: null },
    ]);
    expect(parsed.postcodes).toEqual([{ line: 5, postcode: '1211', wijkCode: 'WK040201' }]);
  });

  it('accepts CBS column names, semicolons, decimal commas, quotes, notes and blank lines', () => {
    const parsed = parseWijkenCsv(
      [
        '\uFEFF# export from CBS',
        'WK_CODE;WK_NAAM;GM_CODE;GM_NAAM;Latitude;Longitude',
        '',
        'wk040210;"Over \'t Spoor";gm0402;Hilversum;52,232;5,182',
      ].join('\r\n'),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.wijken).toEqual([
      { line: 4, code: 'WK040210', name: "Over 't Spoor", municipalityCode: 'GM0402', municipalityName: 'Hilversum', lat: 52.232, lon: 5.182 },
    ]);
  });

  it('reports every bad line with its line number and column, not just the first', () => {
    const parsed = parseWijkenCsv(
      file(
        'WK040201,Centrum,GM0402,Hilversum,,,,52.2245,5.1745',
        'WK40201,Oost,GM0402,Hilversum,,,,52.2285,5.1935',
        'WK040203,,GM0402,Hilversum,,,,52.2395,abc',
        'WK040201,Centrum,GM0402,Hilversum,,,,52.2245,5.1745',
        'WK040204,Meent,GM0402,Hilversum,,,,5.2010,52.2500',
        'WK040201,,,,BU04020301,Mediapark,,,',
        'WK040201,,,,,,121,,',
        'WK040201,,,,BU04020102,Stationsgebied,1211,,',
        'WK050101,Elders,GM0402,Hilversum,,,,52.2,5.1',
        'WK040205,Kerkelanden,GM0402,Hilversm,,,,52.243,5.156',
        'WK040206,too,few,cells',
      ),
    );
    const byLine = (line: number) => parsed.errors.filter((e) => e.line === line).map((e) => e.field);
    expect(byLine(2)).toEqual([]);
    expect(byLine(3)).toEqual(['wijkcode']);
    expect(byLine(4)).toEqual(['wijknaam', 'lon']);
    expect(byLine(5)).toEqual(['wijkcode']);
    expect(byLine(6)).toEqual(['lat', 'lon']);
    expect(byLine(7)).toEqual(['buurtcode']);
    expect(byLine(8)).toEqual(['postcode']);
    expect(byLine(9)).toEqual(['postcode']);
    expect(byLine(10)).toEqual(['wijkcode']);
    expect(byLine(11)).toEqual(['gemeentenaam']);
    expect(byLine(12)).toEqual(['file']);
    expect(parsed.errors.find((e) => e.line === 5)?.message).toMatch(/already on line 2/);
    expect(parsed.errors.find((e) => e.line === 6 && e.field === 'lat')?.message).toMatch(/swapped/);
    expect(parsed.errors.find((e) => e.line === 7)?.message).toMatch(/does not belong to wijk WK040201/);
    // Only the good line survives; the service writes nothing while errors exist anyway.
    expect(parsed.wijken.map((w) => w.line)).toEqual([2]);
  });

  it('refuses a header it does not understand, naming the column', () => {
    const unknown = parseWijkenCsv('wijkcode,wijknaam,gemeente,lat,lon\nWK040201,Centrum,Hilversum,52.2,5.1');
    expect(unknown.errors).toEqual([expect.objectContaining({ line: 1, field: 'header', message: expect.stringContaining('"gemeente"') })]);
    const noCode = parseWijkenCsv('wijknaam,lat,lon\nCentrum,52.2,5.1');
    expect(noCode.errors).toEqual([expect.objectContaining({ line: 1, field: 'header', message: expect.stringContaining('wijkcode') })]);
    const twice = parseWijkenCsv('wijkcode,WK_CODE\nWK040201,WK040201');
    expect(twice.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('twice') })]);
  });

  it('says so when the file is empty or not CSV', () => {
    expect(parseWijkenCsv('').errors).toEqual([expect.objectContaining({ line: 1, field: 'header' })]);
    expect(parseWijkenCsv('# only a note\n\n').errors).toHaveLength(1);
    expect(parseWijkenCsv(file('WK040201,"Centrum,GM0402,Hilversum,,,,52.2,5.1')).errors).toEqual([
      expect.objectContaining({ field: 'file', message: expect.stringMatching(/not readable as CSV/) }),
    ]);
  });

  it('wants names as one line of text of reasonable length', () => {
    const parsed = parseWijkenCsv(
      file(`WK040201,"Cen\ntrum",GM0402,Hilversum,,,,52.2245,5.1745`, `WK040202,${'x'.repeat(101)},GM0402,Hilversum,,,,52.2285,5.1935`),
    );
    expect(parsed.errors.map((e) => e.field)).toEqual(['wijknaam', 'wijknaam']);
  });
});
