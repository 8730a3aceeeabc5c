import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/core/export/csv.ts';

/** A minimal RFC 4180 reader, written apart from the writer, to read back what it wrote. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = BOM.length;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      // A bare CR or LF outside quotes would be a record break for some readers: the writer must not leave one.
      expect(ch === '\r' || ch === '\n', `bare line break at ${i}`).toBe(false);
      field += ch;
    }
    i++;
  }
  expect(field === '' && row.length === 0, 'the last record ends with CRLF').toBe(true);
  return rows;
}

describe('csvField', () => {
  it('leaves plain text alone, Arabic included', () => {
    expect(csvField('لم يوقَّع اتفاق')).toBe('لم يوقَّع اتفاق');
    expect(csvField('Al Arabiya')).toBe('Al Arabiya');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quote marks and line breaks, doubling the quote marks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال "حفتر"')).toBe('"قال ""حفتر"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('"')).toBe('""""');
  });

  it('turns a would-be formula into text with a leading quote mark', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvField(`${start}HYPERLINK("http://x","y")`);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted.startsWith(`'${start}`), JSON.stringify(cell)).toBe(true);
    }
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
    // Only the start matters: a sign inside the text is no formula.
    expect(csvField('5-3=2')).toBe('5-3=2');
    expect(csvField('a@b')).toBe('a@b');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF, and reads back cell for cell', () => {
    const rows = [
      ['السؤال', 'الحكم', 'العربية نت', 'اليوم السابع'],
      [
        'هل انتهت المحادثات باتفاق موقَّع؟',
        'تناقض في التوقيت',
        'لم يوقَّع اتفاق «أجل التوقيع»',
        'كُتب قبل النتيجة',
      ],
      ['a "quoted", multi\nline cell', '=cmd|" /C calc"!A0', '+1', '@SUM(A1)'],
    ];
    const csv = toCsv(rows);
    expect(csv.slice(0, 1)).toBe('\uFEFF');
    expect(csv.endsWith('\r\n')).toBe(true);
    // Three records and the empty rest after the last CRLF: the LF inside the quoted cell is no record end.
    expect(csv.split('\r\n')).toHaveLength(4);
    const back = parseCsv(csv);
    expect(back[0]).toEqual(rows[0]);
    expect(back[1]).toEqual(rows[1]);
    expect(back[2]).toEqual(['a "quoted", multi\nline cell', `'=cmd|" /C calc"!A0`, "'+1", "'@SUM(A1)"]);
  });

  it('encodes to UTF-8 with the BOM bytes EF BB BF, as Excel needs for Arabic', () => {
    const bytes = new TextEncoder().encode(toCsv([['تبيُّن']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('تبيُّن\r\n');
  });

  it('pads short rows so every record has the same number of fields', () => {
    const back = parseCsv(toCsv([['a', 'b', 'c'], [], ['d']]));
    expect(back).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['d', '', ''],
    ]);
  });

  it('gives the BOM alone for no rows', () => {
    expect(toCsv([])).toBe(BOM);
  });
});
