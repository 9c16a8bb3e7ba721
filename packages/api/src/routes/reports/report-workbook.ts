import type { DistrictReport, ProvinceReport } from '@openhall/domain';
import { districtSheet, provinceSheet, REPORT_SHEETS, SHEET_NAMES } from '@openhall/services';

/** One sheet of a workbook: its tab name and its rows of text, header first (as the CSV has them). */
export interface WorkbookSheet {
  name: string;
  rows: readonly (readonly string[])[];
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NUMBER = /^-?\d+(\.\d+)?$/;
const PERCENT = /^(-?\d+(\.\d+)?)%$/;

/** A figure as Excel should hold it: a count as a number, a rate as a fraction shown as a percentage, else text. */
export function cellOf(text: string): { value: string | number; numFmt?: string } {
  if (NUMBER.test(text)) return { value: Number(text) };
  const percent = PERCENT.exec(text);
  if (percent) return { value: Math.round(Number(percent[1]) * 10) / 1000, numFmt: '0.0%' };
  return { value: text };
}

/**
 * The report's sheets as an .xlsx workbook. exceljs is loaded here, on the first workbook asked for,
 * never at the API's cold start (a dynamic import becomes a chunk of its own in the bundle).
 */
export async function toXlsx(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenHall';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.rows.forEach((row, r) => {
      const line = ws.getRow(r + 1);
      row.forEach((text, c) => {
        const cell = line.getCell(c + 1);
        if (r === 0) {
          cell.value = text;
          cell.font = { bold: true };
          return;
        }
        const { value, numFmt } = cellOf(text);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      });
    });
    ws.columns.forEach((column, i) => {
      const widest = Math.max(...sheet.rows.map((row) => [...(row[i] ?? '')].length));
      column.width = Math.min(40, Math.max(8, widest * 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The name of the province workbook's one sheet (the CSV's side-by-side table). */
export const PROVINCE_SHEET_NAME = '区县对比';

/** The district report as a workbook: the CSV's four sheets (汇总, 趋势, 窗口排名, 部门排名). */
export function districtWorkbook(report: DistrictReport): Promise<Uint8Array> {
  return toXlsx(
    REPORT_SHEETS.map((sheet) => ({ name: SHEET_NAMES[sheet], rows: districtSheet(report, sheet) })),
  );
}

/** The province's districts side by side as a workbook, with the names the CSV uses. */
export function provinceWorkbook(
  report: ProvinceReport,
  names: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  return toXlsx([{ name: PROVINCE_SHEET_NAME, rows: provinceSheet(report, names) }]);
}
