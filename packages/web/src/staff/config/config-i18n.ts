import type { Locale } from '../../i18n/locale.js';

/** Words of the configuration section pages (Chinese first, English key for key). */
const zh = {
  sections: {
    staffingRules: '排班规则（最低值守、AB 角、调休）',
  },
  json: 'JSON 内容',
  save: '保存',
  saved: (v: number) => `已保存（配置第 ${v} 版）。`,
  errors: (n: number) => `有 ${n} 处需要修改：`,
  notJson: '不是有效的 JSON',
  stale: '保存失败：在您编辑期间，配置已被他人修改。期间的修改：',
  staleLine: (version: number, at: string, actor: string, action: string) =>
    `第 ${version} 版，${at}，${actor}：${action}`,
  stranded: '这样改会让以下有效预约失去位置：',
  confirmStranded: '确认保存，并把这些预约交给政务服务管理科处理',
  back: '返回大厅配置',
};

const en: typeof zh = {
  sections: {
    staffingRules: 'Staffing rules (minimums, A/B roles, time off)',
  },
  json: 'JSON',
  save: 'Save',
  saved: (v: number) => `Saved (configuration version ${v}).`,
  errors: (n: number) => `${n} thing(s) to fix:`,
  notJson: 'not valid JSON',
  stale: 'Not saved: someone changed the configuration meanwhile. Their changes:',
  staleLine: (version: number, at: string, actor: string, action: string) =>
    `Version ${version}, ${at}, ${actor}: ${action}`,
  stranded: 'This change leaves these active bookings without a place:',
  confirmStranded: 'Save anyway and hand these bookings to the service management section',
  back: 'Back to the hall configuration',
};

export const configWords: Record<Locale, typeof zh> = { zh, en };
