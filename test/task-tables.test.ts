/**
 * Task tables flattened one cell a line: the header words, the alignment of a row's lines with
 * the columns, and whole tables — the real Shanghai 任务清单, tables written for kepu (a 序号
 * column, a table inside a section, short lines that are no table), and generated tables whose
 * cells are known.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCircular } from '../src/index.js';
import { readTaskTables, type TaskTable } from '../src/summary/read-task-tables.js';
import { columnRole, headerPeriod, isTaskTableHeader, readHeaderCells } from '../src/summary/table-columns.js';
import { alignRowCells, cellKind } from '../src/summary/align-row-cells.js';
import { splitUnitList } from '../src/passes/read-responsible.js';

const root = join(import.meta.dirname, '..');
const parseFile = (path: string) => parseCircular(readFileSync(join(root, path)), { name: path });

/** A table's rows as records: role (a year column: its header) → the cell's text, '^' before a carried one. */
function rowsOf(table: TaskTable) {
  return table.rows.map((row) => {
    const record: Record<string, string> = {};
    for (const cell of row.cells) {
      const { role, text } = table.columns[cell.column];
      const key = role === 'year' ? text : role;
      record[key] = (cell.carried ? '^' : '') + cell.text;
    }
    return { line: row.line, groups: row.groups, ...record };
  });
}

describe('header words', () => {
  it('joins a header broken over two lines when the pieces make a header word', () => {
    const columns = readHeaderCells([
      '任务',
      '分类',
      '重点任务（2024-2026）',
      '2024年工作项目',
      '牵头',
      '部门',
      '实施',
      '主体',
    ]);
    expect(columns.map((column) => [column.text, column.role])).toEqual([
      ['任务分类', 'group'],
      ['重点任务（2024-2026）', 'task'],
      ['2024年工作项目', 'year'],
      ['牵头部门', 'lead'],
      ['实施主体', 'implementers'],
    ]);
    expect(columns[1].period).toMatchObject({ start: '2024-01-01', end: '2026-12-31' });
    expect(columns[2].period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
  it('keeps pieces apart when together they are no header word', () => {
    expect(readHeaderCells(['2026年计划', '牵头']).map((column) => column.role)).toEqual(['year', 'lead']);
    expect(readHeaderCells(['序号', '任务', '时间']).map((column) => column.role)).toEqual(['serial', 'task', 'limit']);
  });
  it('takes a header only with a unit column and a task or year column', () => {
    expect(isTaskTableHeader(readHeaderCells(['序号', '工作任务', '责任单位', '完成时限']))).toBe(true);
    expect(isTaskTableHeader(readHeaderCells(['序号', '工作任务', '完成时限']))).toBe(false);
    expect(isTaskTableHeader(readHeaderCells(['主任', '王明', '副主任', '李华']))).toBe(false);
    expect(columnRole('王明')).toBeNull();
    expect(headerPeriod('具体措施')).toBeNull();
  });
});

describe('a row aligned with its columns', () => {
  const kinds = ['text', 'text', 'text', 'unit', 'unit', 'unit'] as const;
  it('puts one line in each column when the counts agree', () => {
    expect(
      alignRowCells(
        ['（1）建设精品道路。', '建设100条。', '建设100条。', '设施养护处', '各相关部门和单位', '各区'],
        [...kinds],
      ),
    ).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
    ]);
  });
  it('joins the lines of a cell whose list goes on (；) and leaves sentences apart', () => {
    const spans = alignRowCells(
      ['（19）持续优化。', '完成甲项目；', '完成乙项目；', '更新丙。', '完善丁；', '完成戊。', '持续推进。'],
      ['text', 'text', 'text', 'text'],
    );
    expect(spans).toEqual([
      [0, 1],
      [1, 4],
      [4, 6],
      [6, 7],
    ]);
  });
  it('gives a row without unit lines empty unit columns, and two unit lines for three columns to the first ones', () => {
    expect(alignRowCells(['（4）建设精品区。', '建设17个。', '建设16个。'], [...kinds])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
    expect(
      alignRowCells(
        ['（5）整治。', '完成。', '完成。', '设施运行处', '设施养护处', '各相关部门和单位', '各区'],
        [...kinds],
      ),
    ).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 5],
      [5, 6],
      [6, 7],
    ]);
  });
  it('places a lone unit line where the caller says it fits', () => {
    const spans = alignRowCells(['（26）建设系统。', '推进。', '深化。', '提升。', '随申行公司'], [...kinds], {
      fit: (_line, column) => (column === 5 ? 0 : 0.3),
    });
    expect(spans!.slice(3)).toEqual([
      [4, 4],
      [4, 4],
      [4, 5],
    ]);
  });
  it('reads what a line holds', () => {
    expect(cellKind('市交通委（科信处、宣传处）、市港航中心')).toBe('unit');
    expect(splitUnitList('市交通委（科信处、宣传处）、市港航中心')).toEqual([
      '市交通委（科信处、宣传处）',
      '市港航中心',
    ]);
    expect(cellKind('2024年9月底前')).toBe('time');
    expect(cellKind('长期坚持')).toBe('time');
    expect(cellKind('200辆')).toBe('text');
    expect(cellKind('建设精品道路100条。')).toBe('text');
  });
});

describe('the task table of a real plan', () => {
  const tables = readTaskTables(parseFile('fixtures/corpus/shanghai/2024-2026-refined-management-plan.md'));
  it('finds the header of the 任务清单 and its 35 rows', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].line).toBe(96);
    expect(tables[0].columns.map((column) => column.role)).toEqual([
      'group',
      'group',
      'task',
      'year',
      'year',
      'year',
      'lead',
      'others',
      'implementers',
    ]);
    expect(tables[0].rows).toHaveLength(35);
  });
  it('reads joint leads, merged cells and a lone implementer', () => {
    const rows = rowsOf(tables[0]);
    expect(rows[2]).toMatchObject({
      line: 160,
      groups: ['（一）提升交通设施环境品质', '3、提升慢行交通空间品质'],
      lead: '设施运行处、设施养护处',
      others: '各相关部门和单位',
      implementers: '各行业主管部门、各区',
    });
    expect(rows[3]).toMatchObject({
      line: 176,
      lead: '^设施运行处、设施养护处',
      implementers: '^各行业主管部门、各区',
    });
    expect(rows[25]).toMatchObject({
      line: 444,
      lead: '^科技信息处',
      others: '^各相关部门和单位',
      implementers: '随申行公司',
    });
    // （19）: a 2024 cell over three lines, a 2025 cell over two.
    expect(rows[18]).toMatchObject({ '2024年工作项目': expect.stringMatching(/^完成虹桥.*AE岛.*座椅.*改造。$/) });
    expect(rows[18]).toMatchObject({
      '2025年计划': '完善虹桥机场T2航站楼建筑遮阳挡风设施；完成虹桥机场手推车RFID项目，提高手推车工作效率。',
    });
  });
});

describe('task tables written for kepu', () => {
  it('reads a table with a 序号 column, a merged row and a row without partners', () => {
    const [table] = readTaskTables(parseFile('fixtures/tasks/tables/serial-column.md'));
    const rows = rowsOf(table);
    expect(rows.map((row) => row.task)).toEqual([
      '深化“一网通办”改革',
      '优化企业开办服务',
      '推进工程建设项目审批制度改革',
      '推行“承诺即入”审批',
      '加强涉企政策宣传解读',
      '建立营商环境监测评价机制',
    ]);
    expect(rows[0]).toMatchObject({
      text: '推动高频事项“一件事”集成办理，新增集成服务事项20项；完善线上线下融合服务机制，推行帮办代办。',
      lead: '市政务服务局',
      others: '市大数据中心、各区人民政府',
      limit: '2024年12月底前',
    });
    expect(rows[2]).toMatchObject({ lead: '市住房城乡建设局、市规划资源局', others: '市发展改革委、市生态环境局' });
    expect(rows[3]).toMatchObject({ lead: '^市住房城乡建设局、市规划资源局', limit: '^2024年9月底前' });
    expect(rows[4]).toMatchObject({ lead: '市发展改革委', others: '', limit: '长期坚持' });
  });
  it('reads a table under a section, with header cells over two lines, and stops at the next section', () => {
    const [table] = readTaskTables(parseFile('fixtures/tasks/tables/section-table.md'));
    const rows = rowsOf(table);
    expect(table.columns.map((column) => column.text)).toEqual(['工作任务', '责任单位', '配合单位', '完成时间']);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ groups: ['（一）提升市容环境'], lead: '区城管局', limit: '2025年10月底前' });
    expect(rows[2]).toMatchObject({ lead: '区住房城乡建设局', others: '', limit: '上半年' });
    expect(rows[4]).toMatchObject({ lead: '区城管局、区大数据中心', limit: '每季度' });
    expect(rows.some((row) => JSON.stringify(row).includes('保障措施'))).toBe(false);
  });
  it('finds no table in short lines that are no header', () => {
    expect(readTaskTables(parseFile('fixtures/tasks/tables/not-a-table.txt'))).toEqual([]);
    expect(readTaskTables(parseFile('fixtures/seed/cast-2022-kepu-plan-forwarded.txt'))).toEqual([]);
  });
});

describe('generated tables', () => {
  // Rows of a 序号 / 工作任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限 table: a lead always
  // (一 or two units), partners or none, a limit or a merged one, measures over one or two lines.
  const lead = fc.constantFrom('市科协科普部', '市教育局', '市科技局', '市文明办');
  const partner = fc.constantFrom('市财政局', '各区科协', '市文化旅游局', '市卫生健康委');
  const row = fc.record({
    task: fc.constantFrom('实施科普惠民工程', '建设社区科普站点', '开展科技活动周', '培育科普人才队伍'),
    measures: fc.array(fc.constantFrom('完善工作机制', '新建站点20个', '举办活动50场'), { minLength: 1, maxLength: 2 }),
    leads: fc.uniqueArray(lead, { minLength: 1, maxLength: 2 }),
    partners: fc.uniqueArray(partner, { maxLength: 2 }),
    limit: fc.option(fc.constantFrom('2024年6月底前', '2024年12月底前', '长期坚持'), { nil: null }),
    mergedLead: fc.boolean(),
  });
  it('reads back the cells a table was written with', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        // The first row writes every cell; a later one may leave its lead and partners to the row above's.
        const lines = [
          '附件',
          '',
          '任务分工表',
          '',
          '序号',
          '',
          '工作任务',
          '',
          '具体措施',
          '',
          '牵头单位',
          '',
          '配合单位',
          '',
          '完成时限',
          '',
        ];
        const expected: Array<Record<string, string>> = [];
        let above = { lead: '', others: '', limit: '' };
        rows.forEach((written, index) => {
          // Two lead lines and no partner line would read as a lead and a partner: no table can tell.
          const one = written.partners.length === 0 ? { ...written, leads: written.leads.slice(0, 1) } : written;
          const merged = index > 0 && one.mergedLead;
          lines.push(String(index + 1), '', one.task, '');
          one.measures.forEach((measure, at) => lines.push(measure + (at + 1 < one.measures.length ? '；' : '。'), ''));
          if (!merged) {
            for (const unit of one.leads) lines.push(unit, '');
            if (one.partners.length > 0) lines.push(one.partners.join('、'), '');
          }
          if (one.limit) lines.push(one.limit, '');
          const cells = merged
            ? {
                lead: `^${above.lead.replace(/^\^/, '')}`,
                others: above.others ? `^${above.others.replace(/^\^/, '')}` : '',
              }
            : { lead: one.leads.join('、'), others: one.partners.join('、') };
          const limit = one.limit ?? (above.limit ? `^${above.limit.replace(/^\^/, '')}` : '');
          expected.push({ task: one.task, ...cells, limit });
          above = { ...cells, limit };
        });
        const tree = parseCircular(`# 关于印发任务分工的通知\n\n各单位：\n\n现印发。\n\n${lines.join('\n')}\n`, {
          format: 'md',
        });
        const [table] = readTaskTables(tree);
        const got = rowsOf(table).map(({ task, lead, others, limit }) => ({ task, lead, others, limit }));
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
