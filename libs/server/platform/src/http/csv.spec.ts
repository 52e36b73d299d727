import { csvDocument, csvField, excelDate, excelDateTime } from './csv';

describe('CSV for Excel', () => {
  it('starts with the byte-order mark and ends every line, the last included, with CRLF', () => {
    const csv = csvDocument(['氏名', '日付'], [['膝折 創', '2026/12/05'], ['朝霞 求', null]]);
    expect(csv).toBe('\uFEFF氏名,日付\r\n膝折 創,2026/12/05\r\n朝霞 求,\r\n');
  });

  it('quotes commas, quotes and line breaks, and defuses what Excel would run as a formula', () => {
    expect(csvField('山田, "太郎"')).toBe('"山田, ""太郎"""');
    expect(csvField('一行目\n二行目')).toBe('"一行目\n二行目"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+81 48')).toBe("'+81 48");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
  });

  it('writes dates and times in Japan time, whatever the server’s zone', () => {
    expect(excelDateTime(new Date('2026-12-04T15:30:00Z'))).toBe('2026/12/05 00:30');
    expect(excelDate(new Date('2026-12-04T15:30:00Z'))).toBe('2026/12/05');
    expect(excelDateTime(null)).toBe('');
  });
});
