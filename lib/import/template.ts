// The template of a record type (模板): its columns with Chinese headers, required ones marked *, an example row
// (recognised and skipped if left in the file), allowed values as drop-downs, and a 填写说明 sheet.
import { Workbook } from 'exceljs';
import { ImportModuleSpec } from './import-module';

export async function templateWorkbook(spec: ImportModuleSpec<unknown>): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'CRM';
  const sheet = book.addWorksheet(spec.label, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.fields.map((f) => ({ header: f.required ? `${f.label}*` : f.label, width: Math.max(12, f.example.length * 2 + 4) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  spec.fields.forEach((f, i) => { if (f.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFCF1322' } }; });
  const example = sheet.addRow(spec.fields.map((f) => f.example));
  example.font = { color: { argb: 'FF8C8C8C' }, italic: true };
  spec.fields.forEach((f, i) => {
    // Typed text, so a mobile number or postcode keeps its digits exactly.
    sheet.getColumn(i + 1).numFmt = '@';
    if (typeof f.kind === 'object') {
      const choices = `"${Object.values(f.kind.enum).join(',')}"`;
      const column = sheet.getColumn(i + 1).letter;
      (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations.add(`${column}2:${column}5000`, { type: 'list', allowBlank: true, formulae: [choices] });
    }
  });
  const notes = book.addWorksheet('填写说明');
  notes.columns = [{ header: '列名', width: 16 }, { header: '必填', width: 8 }, { header: '说明', width: 70 }, { header: '示例', width: 28 }];
  notes.getRow(1).font = { bold: true };
  for (const f of spec.fields) {
    const allowed = typeof f.kind === 'object' ? `可选：${Object.values(f.kind.enum).join('、')}` : '';
    notes.addRow([f.label, f.required ? '是' : '', [f.hint, allowed].filter(Boolean).join('；'), f.example]);
  }
  notes.addRow([]);
  notes.addRow(['', '', '第一行为表头（可调整列顺序，系统按列名识别）；第二行灰色为示例，可删除，原样保留时导入会跳过它。每个文件先“试导入”检查，再正式导入。']);
  return Buffer.from(await book.xlsx.writeBuffer() as ArrayBuffer);
}
