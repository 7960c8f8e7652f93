/**
 * The PDF reader's layout rules in-process, on text items laid out as the fixture PDFs lay them
 * out (A4, 16pt type, a text block from x 85.5 to 516, lines 28pt apart: fixtures/formats/seed/
 * plan.pdf as pdf.js reads it): how items make lines, which lines are page furniture, and which
 * lines are one paragraph wrapped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfOfObjects } from '../scripts/pdf-objects.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/read/decode.js';
import { ExtractedLines } from '../src/read/extracted.js';
import { type PdfLine, buildLines, findFurniture, readPdf, writeParagraphs } from '../src/read/read-pdf.js';

const SIZE = 16;
const LEFT = 85.5;
const RIGHT = 516;

/** The width of a string as the seed's fonts set it: a Chinese character 1 em, a Latin one half. */
function widthOf(text: string, size = SIZE): number {
  let width = 0;
  for (const char of text) width += /[\u0020-\u007e]/.test(char) ? size / 2 : size;
  return width;
}

/** A text item as pdf.js gives it. */
function item(str: string, x: number, y: number, size = SIZE, width = widthOf(str, size)) {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size };
}

/** A line of the page as buildLines makes it. */
function line(
  text: string,
  y: number,
  options: { x0?: number; x1?: number; size?: number; page?: number } = {},
): PdfLine {
  const size = options.size ?? SIZE;
  const x0 = options.x0 ?? LEFT;
  return {
    text,
    page: options.page ?? 1,
    x0,
    x1: options.x1 ?? x0 + widthOf(text, size),
    y,
    size,
    pageLeft: 0,
    pageRight: 595,
  };
}

/** A full line of body text: from the left margin to the right one. */
const full = (text: string, y: number, page = 1) => line(text, y, { x1: RIGHT, page });

function write(pages: PdfLine[][]) {
  const out = new ExtractedLines();
  writeParagraphs(pages, out);
  return out.finish('pdf-page', 'utf-8');
}

function paragraphs(pages: PdfLine[][]): string[] {
  return write(pages).text.replace(/\n$/, '').split('\n');
}

describe('lines from text items', () => {
  it('puts items of one baseline on one line, left to right, lines top to bottom', () => {
    const lines = buildLines(
      [
        item('科普工作要点', LEFT + 4 * SIZE, 711),
        item('各分支机构、地方学会:', LEFT, 683.67),
        item('中国科协2022年', LEFT, 711.5),
      ],
      3,
    );
    expect(lines.map((row) => row.text)).toEqual(['中国科协2022年科普工作要点', '各分支机构、地方学会:']);
    expect(lines[0]).toMatchObject({ page: 3, x0: LEFT, y: 711.5, size: SIZE });
    expect(lines[0].x1).toBeCloseTo(LEFT + 4 * SIZE + 6 * SIZE);
  });

  it('starts a new line at half a line’s height, and no sooner', () => {
    const apart = buildLines([item('第一行', LEFT, 700), item('第二行', LEFT + 100, 700 - SIZE * 0.55)], 1);
    expect(apart.map((row) => row.text)).toEqual(['第一行', '第二行']);
    const together = buildLines([item('第一行', LEFT, 700), item('接着写', LEFT + 48, 700 - SIZE * 0.45)], 1);
    expect(together.map((row) => row.text)).toEqual(['第一行接着写']);
  });

  it('takes the type size from the transform, else the height, else 10', () => {
    const [scaled] = buildLines([{ str: '通知', transform: [-12, 0, 0, -12, LEFT, 700], width: 24, height: 0 }], 1);
    expect(scaled.size).toBe(12);
    const [byHeight] = buildLines([{ str: '通知', transform: [1, 0, 0, 0, LEFT, 700], width: 24, height: 14 }], 1);
    expect(byHeight.size).toBe(14);
    const [fallback] = buildLines([{ str: '通知', transform: [1, 0, 0, 0, LEFT, 700], width: 24, height: 0 }], 1);
    expect(fallback.size).toBe(10);
    // The largest size of a line's items is the line's.
    const [mixed] = buildLines([item('关于', LEFT, 700, 12), item('通知', LEFT + 24, 700, 22)], 1);
    expect(mixed.size).toBe(22);
  });

  it('leaves out empty items, and a line of spaces is an empty line', () => {
    const lines = buildLines([item('', LEFT, 720), item('通知', LEFT, 700)], 1);
    expect(lines.map((row) => row.text)).toEqual(['通知']);
  });

  it('puts a space between Latin words set apart, none between Chinese or after a space', () => {
    const [latin] = buildLines([item('Science', LEFT, 700), item('Week', LEFT + widthOf('Science') + 5, 700)], 1);
    expect(latin.text).toBe('Science Week');
    // Closer than a quarter of the size: one word.
    const [close] = buildLines([item('Sci', LEFT, 700), item('ence', LEFT + widthOf('Sci') + 3, 700)], 1);
    expect(close.text).toBe('Science');
    const [chinese] = buildLines([item('科普', LEFT, 700), item('工作', LEFT + 2 * SIZE + 8, 700)], 1);
    expect(chinese.text).toBe('科普工作');
    const [spaced] = buildLines([item('Science ', LEFT, 700), item('Week', LEFT + widthOf('Science ') + 5, 700)], 1);
    expect(spaced.text).toBe('Science Week');
  });

  it('drops the space a layout sets between Chinese and digits or Latin letters', () => {
    const [year] = buildLines([item('2023 年 9 月底前完成 WPS 文档', LEFT, 700)], 1);
    expect(year.text).toBe('2023年9月底前完成WPS文档');
    const [percent] = buildLines([item('增长 5% 以上', LEFT, 700)], 1);
    expect(percent.text).toBe('增长5%以上');
  });

  it('keeps a narrow space typed between two Chinese words, and turns a wide one into ideographic spaces', () => {
    const [words] = buildLines(
      [item('中共中央', LEFT, 700), item(' ', LEFT + 64, 700, SIZE, 4), item('国务院', LEFT + 68, 700)],
      1,
    );
    expect(words.text).toBe('中共中央 国务院');
    // Between a Chinese name and a date: the layout's spacing goes.
    const [name] = buildLines(
      [item('市科协', LEFT, 700), item(' ', LEFT + 48, 700, SIZE, 4), item('2023年', LEFT + 52, 700)],
      1,
    );
    expect(name.text).toBe('市科协2023年');
    // Three characters wide (a printer's name and the date of 印发): three ideographic spaces.
    const [printer] = buildLines(
      [
        item('临江市科学技术协会办公室', LEFT, 700),
        item(' ', LEFT + 192, 700, SIZE, 48),
        item('2023年4月10日印发', LEFT + 240, 700),
      ],
      1,
    );
    expect(printer.text).toBe('临江市科学技术协会办公室\u3000\u3000\u30002023年4月10日印发');
    // A wide space between Latin words is left to the gap rule.
    const [latin] = buildLines(
      [item('Science', LEFT, 700), item(' ', LEFT + 56, 700, SIZE, 40), item('Week', LEFT + 96, 700)],
      1,
    );
    expect(latin.text).toBe('Science Week');
  });

  it('takes out the spaces of a justified line, when most pairs of characters are apart', () => {
    const [justified] = buildLines([item('现 将 《 临 江 市 科 普 工 作 要 点 》 印 发 给 你 们', LEFT, 700)], 1);
    expect(justified.text).toBe('现将《临江市科普工作要点》印发给你们');
    // Three spaced pairs are too few to say.
    const [few] = buildLines([item('中共 中央 国务 院', LEFT, 700)], 1);
    expect(few.text).toBe('中共 中央 国务 院');
    // Four spaces among many unspaced pairs are typed.
    const [typed] = buildLines(
      [item('中共中央 国务院 全国人大常委会办公厅 中央军委 关于开展科普工作的通知', LEFT, 700)],
      1,
    );
    expect(typed.text).toBe('中共中央 国务院 全国人大常委会办公厅 中央军委 关于开展科普工作的通知');
  });
});

/** Lines of body text, all different. */
const BODY = [
  '一、总体要求',
  '全面贯彻落实党的二十大精神。',
  '二、主要任务',
  '（一）加强科普阵地建设。',
  '（二）办好品牌活动。',
  '三、保障措施',
  '（一）加强组织领导。',
  '（二）强化经费保障。',
  '（三）做好宣传引导。',
];

describe('page furniture', () => {
  const page = (n: number, body: string[], head?: string, foot?: string): PdfLine[] => [
    ...(head ? [line(head, 800, { page: n, x0: 250 })] : []),
    ...body.map((text, i) => full(text, 711 - 28 * i, n)),
    ...(foot ? [line(foot, 20, { page: n, x0: 275 })] : []),
  ];

  it('finds folios in their forms, at the top or bottom of a page', () => {
    for (const folio of ['— 1 —', '-2-', '３', '第 3 页', '第3页，共12页', '4 / 12', '~5~']) {
      const found = findFurniture([
        page(1, ['一、总体要求', '正文。'], undefined, folio),
        page(2, ['正文。', '正文。']),
      ]);
      expect([...found.values()], folio).toEqual(['page-number']);
    }
    const top = findFurniture([page(1, ['一、总体要求', '正文。'], '— 1 —')]);
    expect([...top.values()]).toEqual(['page-number']);
  });

  it('finds a running head or foot repeated on half the pages or more', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [BODY[n], BODY[n + 4]], n <= 2 ? '临江市科学技术协会文件' : undefined, `临科协〔2023〕${n}号`),
    );
    const found = findFurniture(pages);
    expect([...found].map(([found, kind]) => `${found.page}:${found.text}:${kind}`)).toEqual([
      '1:临江市科学技术协会文件:running-header',
      '2:临江市科学技术协会文件:running-header',
      '1:临科协〔2023〕1号:running-footer',
      '2:临科协〔2023〕2号:running-footer',
      '3:临科协〔2023〕3号:running-footer',
      '4:临科协〔2023〕4号:running-footer',
    ]);
  });

  it('takes no line that repeats on too few pages, on one page only, or that is long', () => {
    const three = [1, 2, 3].map((n) => page(n, [BODY[n], BODY[n + 4]], n === 1 ? '临江市科学技术协会文件' : undefined));
    expect(findFurniture(three).size).toBe(0);
    expect(findFurniture([page(1, [BODY[1], BODY[2]], '临江市科学技术协会文件')]).size).toBe(0);
    const long =
      '临江市科学技术协会关于印发二〇二三年全市科普工作要点和重点任务分工方案的通知（征求意见稿）请各单位认真研究';
    expect(long.length).toBeGreaterThan(40);
    expect(findFurniture([1, 2].map((n) => page(n, [BODY[n], BODY[n + 4]], long))).size).toBe(0);
    // A page of one line has no head or foot.
    expect(findFurniture([[line('— 1 —', 20)], [line('— 2 —', 20, { page: 2 })]]).size).toBe(0);
  });

  it('writes a folio after the paragraph it interrupts, as layout', () => {
    const extracted = write([
      [full('为深入学习习近平新时代中国特色社会主义思想，全面贯彻', 711), line('— 1 —', 20, { x0: 275 })],
      [line('落实党的十九大精神，现将有关事项通知如下。', 780, { page: 2 }), line('— 2 —', 20, { x0: 275, page: 2 })],
    ]);
    expect(extracted.text).toBe(
      '为深入学习习近平新时代中国特色社会主义思想，全面贯彻落实党的十九大精神，现将有关事项通知如下。\n— 1 —\n— 2 —\n',
    );
    expect(extracted.hints).toEqual([{}, { layout: 'page-number' }, { layout: 'page-number' }]);
    expect(extracted.origin.lines).toEqual([1, 1, 2]);
  });
});

describe('paragraphs', () => {
  it('joins a line that fills the measure with the next on the margin', () => {
    expect(
      paragraphs([
        [
          line('　　为深入学习习近平新时代中国特色社会主义思想，全面贯', 655, { x0: LEFT, x1: RIGHT }),
          full('彻落实党的十九大、十九届历次全会精神及中央书记处和国', 627),
          line('务院对科协工作指示要求。', 599),
          line('　　请各级机构结合文件精神，认真贯彻落实。', 571),
        ],
      ]),
    ).toEqual([
      '　　为深入学习习近平新时代中国特色社会主义思想，全面贯彻落实党的十九大、十九届历次全会精神及中央书记处和国务院对科协工作指示要求。',
      '　　请各级机构结合文件精神，认真贯彻落实。',
    ]);
  });

  it('ends a paragraph at a line that stops a character short, and at a sentence’s end half a character short', () => {
    const short = paragraphs([
      [
        line('一、总体要求', 700),
        full('全面贯彻落实党的二十大精神，推动科普工作高质量发展，', 672),
        full('着力提升全民科学素质。', 644),
      ],
    ]);
    expect(short).toEqual([
      '一、总体要求',
      '全面贯彻落实党的二十大精神，推动科普工作高质量发展，着力提升全民科学素质。',
    ]);
    // A sentence ended 0.6 of a character short of the margin (the margin set by the paragraph
    // before): the next line is a new paragraph; 0.4 short, it was wrapped.
    const before = [
      full('各分支机构要结合实际制定本地区科普工作计划，明确任务', 784),
      full('分工和完成时限，确保各项工作落到实处，取得实效，推动', 756),
      full('科普工作高质量发展，着力提升全民科学素质，为建设科技', 728),
      line('强国作出新的贡献。', 700),
    ];
    const ended = (short: number) =>
      paragraphs([
        [
          ...before,
          line('全面贯彻落实党的二十大精神，推动科普工作高质量发展。', 672, { x1: RIGHT - SIZE * short }),
          full('着力提升全民科学素质。', 644),
        ],
      ]);
    expect(ended(0.6)).toHaveLength(3);
    expect(ended(0.4)).toHaveLength(2);
    // Not ended: a character short is still wrapped, 1.1 is not.
    const open = (short: number) =>
      paragraphs([
        [
          ...before,
          line('全面贯彻落实党的二十大精神，推动科普工作高质量发展', 672, { x1: RIGHT - SIZE * short }),
          line('（一）着力提升全民科学素质。', 644),
        ],
      ]);
    expect(open(0.9)).toHaveLength(2);
    expect(open(1.1)).toHaveLength(3);
  });

  it('never joins a numbered line after a sentence’s end', () => {
    expect(
      paragraphs([
        [
          full('全面贯彻落实党的二十大精神，推动科普工作高质量发展。', 700),
          line('（一）加强组织领导。', 672),
          full('各单位要高度重视。', 644),
        ],
      ]),
    ).toHaveLength(3);
  });

  it('joins a line stopped short by a line-breaking rule: a number kept whole, a closing bracket not at a line’s start', () => {
    // 〔2023〕5号 could not be split: the line before stops three characters short.
    const number = paragraphs([
      [
        line('根据《临江市科学技术协会关于印发工作规则的通知》临科协', 700, { x1: RIGHT - SIZE * 2.5 }),
        line('〔2023〕5号精神，制定本方案。', 672),
      ],
    ]);
    expect(number).toEqual(['根据《临江市科学技术协会关于印发工作规则的通知》临科协〔2023〕5号精神，制定本方案。']);
    // Stopped after a closing bracket: the next line is not taken as wrapped.
    const closed = paragraphs([
      [
        line('（市科协科普部牵头，市发展改革委、市财政局配合）', 700, { x1: RIGHT - SIZE * 2.5 }),
        line('各单位要高度重视。', 672),
      ],
    ]);
    expect(closed).toHaveLength(2);
    // More room than the unit needs: a new paragraph.
    const roomy = paragraphs([
      [line('根据工作规则，制定本方案', 700, { x1: RIGHT - SIZE * 6 }), line('〔2023〕5号精神。', 672)],
    ]);
    expect(roomy).toHaveLength(2);
  });

  it('keeps a paragraph open while a bracket is open, whatever the room', () => {
    expect(
      paragraphs([
        [
          line('（一）推进科技馆建设（牵头单位：市科协科普部；', 700, { x1: 300 }),
          line('配合单位：市发展改革委）', 672),
        ],
      ]),
    ).toEqual(['（一）推进科技馆建设（牵头单位：市科协科普部；配合单位：市发展改革委）']);
    // …but not across a gap of more than two lines.
    expect(
      paragraphs([
        [
          line('（一）推进科技馆建设（牵头单位：市科协科普部；', 700, { x1: 300 }),
          line('配合单位：市发展改革委）', 600),
        ],
      ]),
    ).toHaveLength(2);
  });

  it('puts a space between Latin words joined across a line break, none between Chinese', () => {
    expect(
      paragraphs([
        [full('推进科技人文交流，深化与共建the Belt', 700), line('and Road Initiative国家的科普合作。', 672)],
      ]),
    ).toEqual(['推进科技人文交流，深化与共建the Belt and Road Initiative国家的科普合作。']);
    expect(paragraphs([[full('推进科技人文交流，深化与共建国家', 700), line('的科普合作。', 672)]])).toEqual([
      '推进科技人文交流，深化与共建国家的科普合作。',
    ]);
  });

  it('keeps apart lines of different type sizes, and lines far apart', () => {
    expect(
      paragraphs([
        [full('中国科协2022年科普工作要点全文如下所示的内容和', 700), line('各分支机构：', 672, { size: 22 })],
      ]),
    ).toHaveLength(2);
    expect(
      paragraphs([[full('全面贯彻落实党的二十大精神，推动科普工作高质量发', 700), line('展。', 600)]]),
    ).toHaveLength(2);
  });

  it('marks a centred title and an indented first line', () => {
    const title = '中国科协2022年科普工作要点';
    const x0 = (LEFT + RIGHT) / 2 - widthOf(title) / 2;
    const extracted = write([
      [
        line(title, 760, { x0 }),
        line('　　各分支机构要结合实际制定本地区科普工作计划，明确任', 720, { x0: LEFT + 2 * SIZE, x1: RIGHT }),
        full('务分工和完成时限，确保各项工作落到实处，取得实效。推', 692),
        full('动科普工作高质量发展，着力提升全民科学素质，为建设', 664),
        line('科技强国作出新的贡献。', 636),
      ],
    ]);
    expect(extracted.text.split('\n')[0]).toBe(title);
    expect(extracted.hints).toEqual([{ centered: true }, { indented: true }]);
  });

  it('reads a title in display type as centred, and a signature set to the right as not', () => {
    const body = [0, 1, 2, 3].map((i) => full('全面贯彻落实党的二十大精神，推动科普工作高质量发展，', 640 - 28 * i));
    const display = '临江市科学技术协会文件';
    const x0 = (LEFT + RIGHT) / 2 - widthOf(display, 26) / 2;
    const extracted = write([
      [
        line(display, 760, { x0, size: 26 }),
        ...body,
        line('中国岩石力学与工程学会', 431, { x0: 340 }),
        line('2022年3月3日', 403, { x0: 410.46 }),
      ],
    ]);
    const hints = extracted.text.split('\n').map((text, i) => [text, extracted.hints[i]]);
    expect(hints[0]).toEqual([display, { centered: true }]);
    expect(hints.at(-3)).toEqual(['中国岩石力学与工程学会', { indented: true }]);
    expect(hints.at(-2)).toEqual(['2022年3月3日', { indented: true }]);
  });
});

describe('readPdf on the fixture PDFs', () => {
  const formats = join(import.meta.dirname, '..', 'fixtures', 'formats');

  it('reads the seed as printed: the letter’s lines, its pages, its folios as layout', async () => {
    const extracted = await readPdf(readFileSync(join(formats, 'seed', 'plan.pdf')));
    const lines = extracted.text.split('\n');
    expect(lines).toContain('各分支机构、地方学会:');
    expect(lines).toContain('2022年3月3日');
    // The paragraph wrapped over four lines on page 1 is one line.
    expect(lines).toContain(
      '为深入学习习近平新时代中国特色社会主义思想,全面贯彻落实党的十九大、十九届历次全会精神及中央书记处和国务院处对科协工作指示要求,现将《中国科协2022年科普工作要点》转发给各相关单位。',
    );
    expect(extracted.origin.unit).toBe('pdf-page');
    expect(Math.max(...extracted.origin.lines)).toBe(12);
    const folios = extracted.hints.filter((hint) => hint.layout === 'page-number');
    expect(folios).toHaveLength(12);
    expect(extracted.encoding).toBe('utf-8');
  });

  it('refuses a PDF over the page limit, an encrypted one, a scan and bytes that are no PDF, in one line each', async () => {
    const seed = readFileSync(join(formats, 'seed', 'plan.pdf'));
    await expect(readPdf(seed, { limits: { pdfPages: 11 } })).rejects.toThrow(/12/);
    await expect(readPdf(seed, { limits: { pdfPages: 12 } })).resolves.toBeDefined();
    await expect(readPdf(readFileSync(join(formats, 'bad', 'encrypted.pdf')))).rejects.toThrow(
      'is a password-protected PDF: remove the password first (qpdf --decrypt IN.pdf OUT.pdf)',
    );
    await expect(readPdf(readFileSync(join(formats, 'bad', 'scan.pdf')))).rejects.toThrow(
      'is a PDF without a text layer (a scan?): run OCR on it first, e.g. ocrmypdf -l chi_sim IN.pdf OUT.pdf',
    );
    const broken = readPdf(Buffer.from('%PDF-1.7\nthis is not a PDF body\n'));
    await expect(broken).rejects.toThrow(/^is not a readable PDF \(/);
    await expect(readPdf(Buffer.from('%PDF-1.7\nthis is not a PDF body\n'))).rejects.toBeInstanceOf(InputError);
  });
});

/**
 * Centring, judged as a reader of the page judges it, on a text block of full lines from 85.5 to 516
 * (its middle at 300.75): each line is set alone above the block, far enough that it cannot be
 * joined to it.
 */
describe('which lines are centred', () => {
  const block = [0, 1, 2, 3, 4, 5].map((i) =>
    full('全面贯彻落实党的二十大精神，推动科普工作高质量发展，', 700 - 28 * i),
  );
  const MIDDLE = (LEFT + RIGHT) / 2;
  const hintOf = (probe: PdfLine) => write([[probe, ...block]]).hints[0];
  /** A line of `text` with its middle `off` characters right of the block's. */
  const centredAt = (text: string, off = 0, size = SIZE) =>
    line(text, 760, { x0: MIDDLE - widthOf(text, size) / 2 + off * size, size });

  it('centres a short title set in by whole characters from both margins', () => {
    // 关于开展科普工作的通知: 11 characters, set in 8 from each margin.
    expect(hintOf(centredAt('关于开展科普工作的通知'))).toEqual({ centered: true });
    // Three characters in from each side (a long title on its own line).
    const three = line('关于开展二〇二三年全国科普日活动的通知安排', 760, {
      x0: LEFT + 3 * SIZE,
      x1: RIGHT - 3 * SIZE,
    });
    expect(hintOf(three)).toEqual({ centered: true });
  });

  it('centres a long title set in by a character or less from each margin', () => {
    const one = line('中国科学技术协会关于印发二〇二二年科普工作要点的通知', 760, {
      x0: LEFT + SIZE,
      x1: RIGHT - SIZE,
    });
    expect(hintOf(one)).toEqual({ centered: true });
  });

  it('centres a title set in by half a character, even a little off the middle', () => {
    // Set in 2.5 characters, ending 2 short: its middle a quarter of a character right of the block's.
    const half = line('中国科学技术协会关于印发科普工作要点的通知全文', 760, {
      x0: LEFT + 2.5 * SIZE,
      x1: RIGHT - 2 * SIZE,
    });
    expect(hintOf(half)).toEqual({ centered: true });
  });

  it('centres a line in display type, even one that fills the measure', () => {
    const display = line('临江市科学技术协会文件临江市科学技术协会', 760, { x0: LEFT, x1: RIGHT, size: 22 });
    expect(hintOf(display)).toEqual({ centered: true });
  });

  it('does not centre a first line indented two characters that stops short, nor a line on the margin', () => {
    // In two characters, three short of the right margin: its middle half a character left.
    const indented = line('　　各分支机构要结合实际制定本地区科普工作计划。', 760, {
      x0: LEFT + 2 * SIZE,
      x1: RIGHT - 3 * SIZE,
    });
    expect(hintOf(indented)).toEqual({ indented: true });
    expect(hintOf(line('一、总体要求', 760))).toEqual({});
    expect(hintOf(line('全面贯彻落实党的二十大精神，推动科普工作高质量发展', 760, { x1: RIGHT }))).toEqual({});
  });

  it('does not centre a line off the middle by three quarters of a character or more', () => {
    expect(hintOf(centredAt('关于开展科普工作的通知', 0.8))).toEqual({ indented: true });
    expect(hintOf(centredAt('关于开展科普工作的通知', -0.8))).toEqual({ indented: true });
    expect(hintOf(centredAt('关于开展科普工作的通知', 0.5))).toEqual({ centered: true });
  });
});

describe('the right margin', () => {
  it('is the page’s width less the left margin when few lines reach the furthest end', () => {
    // A list of names, none filling the measure: the longest but one ends at 357.5, yet the margin
    // is the page's (595 − 85.5), so no line is taken for a full one and joined to the next.
    const names = ['中国科学技术协会', '临江市科学技术协会办公室', '市发展改革委', '市教育局', '市科技局', '市财政局'];
    expect(paragraphs([names.map((text, i) => line(text, 700 - 28 * i))])).toEqual(names);
  });

  it('is where most full lines end, when the text block is narrower than the page’s mirror', () => {
    // A binding margin: the text ends at 480, not at the mirrored 509.5; lines to 480 are wrapped.
    const narrow = (text: string, y: number) => line(text, y, { x1: 480 });
    expect(
      paragraphs([
        [
          narrow('各分支机构要结合实际制定本地区科普工作计划，明确', 700),
          narrow('任务分工和完成时限，确保各项工作落到实处，取得', 672),
          narrow('实效，推动科普工作高质量发展，着力提升全民科学', 644),
          line('素质。', 616),
        ],
      ]),
    ).toEqual([
      '各分支机构要结合实际制定本地区科普工作计划，明确任务分工和完成时限，确保各项工作落到实处，取得实效，推动科普工作高质量发展，着力提升全民科学素质。',
    ]);
  });

  it('is not moved by one line that runs past it (a long address set without a break)', () => {
    const text = [
      '各分支机构要结合实际制定本地区科普工作计划，明确',
      '任务分工和完成时限，确保各项工作落到实处，取得',
      '实效，推动科普工作高质量发展，着力提升全民科学',
      '素质，为建设科技强国作出新的贡献，具体安排如下',
      '另见网址https://www.example.gov.cn/kxpj/2023/notice-0410。',
      '一、总体要求',
    ];
    const lines = text.map((t, i) =>
      i === 4 ? line(t, 700 - 28 * i, { x1: RIGHT + 3 * SIZE }) : i < 4 ? full(t, 700 - 28 * i) : line(t, 700 - 28 * i),
    );
    const written = paragraphs([lines]);
    expect(written[0]).toBe(text.slice(0, 5).join(''));
    expect(written).toHaveLength(2);
  });
});

describe('what ends a paragraph', () => {
  it('does not join a signature set to the right with the line on the margin below it', () => {
    expect(
      paragraphs([
        [
          full('全面贯彻落实党的二十大精神，推动科普工作高质量发展。', 700),
          line('中国岩石力学与工程学会', 672, { x0: RIGHT - 11 * SIZE }),
          line('附件：2022年科普工作要点', 644),
        ],
      ]),
    ).toEqual([
      '全面贯彻落实党的二十大精神，推动科普工作高质量发展。',
      '中国岩石力学与工程学会',
      '附件：2022年科普工作要点',
    ]);
  });

  it('does not join a line set far in after a full line ending a sentence', () => {
    expect(
      paragraphs([
        [
          full('全面贯彻落实党的二十大精神，推动科普工作高质量发展。', 700),
          line('中国岩石力学与工程学会', 672, { x0: RIGHT - 11 * SIZE }),
        ],
      ]),
    ).toHaveLength(2);
  });

  it('ends a paragraph with an open bracket at an indented line or a change of type size', () => {
    const open = line('（一）推进科技馆建设（牵头单位：市科协科普部；', 700, { x1: 300 });
    expect(paragraphs([[open, line('　　各单位要高度重视。', 672, { x0: LEFT + 2 * SIZE })]])).toHaveLength(2);
    expect(paragraphs([[open, line('配合单位：市发展改革委）', 672, { size: 22 })]])).toHaveLength(2);
    // On the next page, on the margin, in the same type: it goes on.
    expect(paragraphs([[open], [line('配合单位：市发展改革委）', 780, { page: 2 })]])).toEqual([
      '（一）推进科技馆建设（牵头单位：市科协科普部；配合单位：市发展改革委）',
    ]);
  });
});

describe('lines and furniture at their edges', () => {
  it('orders the items of a line by their place, whatever their baselines', () => {
    // A Latin font sets its digits 0.4pt below the Chinese: one line, read left to right.
    const [row] = buildLines(
      [
        item('日前完成', LEFT + 6 * SIZE + 8, 700.4),
        item('2023年9月30', LEFT, 700),
        item('报送', LEFT + 10 * SIZE + 8, 700.2),
      ],
      1,
    );
    expect(row.text).toBe('2023年9月30日前完成报送');
  });

  it('finds a running head on both pages of a two-page circular', () => {
    const pages = [1, 2].map((n) => [
      line('临江市科学技术协会文件', 800, { page: n, x0: 250 }),
      full(BODY[n], 700, n),
      full(BODY[n + 2], 672, n),
    ]);
    expect([...findFurniture(pages).values()]).toEqual(['running-header', 'running-header']);
  });

  it('takes a running foot whose number grows a digit for the same foot', () => {
    const pages = [9, 10, 11, 12].map((n) => [
      full(BODY[n - 8], 700, n),
      full(BODY[n - 7], 672, n),
      line(`科普工作简报 第${n}期`, 20, { page: n, x0: 250 }),
    ]);
    expect([...findFurniture(pages).values()]).toEqual([
      'running-footer',
      'running-footer',
      'running-footer',
      'running-footer',
    ]);
  });
});

/**
 * A PDF written out by hand: one page per entry, each a list of lines of Latin text in Helvetica
 * (16pt, 28pt apart, from the top-left of the text block), an empty list for a blank page.
 */
function handMadePdf(pages: string[][]): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (const lines of pages) {
    const page = objects.length + 1;
    kids.push(`${page} 0 R`);
    if (lines.length === 0) {
      objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>');
      continue;
    }
    const shown = lines.map((text, i) => `${i === 0 ? '85 760 Td' : '0 -28 Td'} (${text}) Tj`).join(' ');
    const stream = `BT /F1 16 Tf ${shown} ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  return pdfOfObjects(objects);
}

describe('readPdf on blank pages', () => {
  it('reads a PDF with a blank page among pages of text, and refuses one whose pages are all blank', async () => {
    const read = await readPdf(handMadePdf([['Science Week 2023', 'Notice on the science week.'], []]));
    expect(read.text).toBe('Science Week 2023\nNotice on the science week.\n');
    expect(read.origin.lines).toEqual([1, 1]);
    await expect(readPdf(handMadePdf([[], []]))).rejects.toThrow(/is a PDF without a text layer/);
  });
});
