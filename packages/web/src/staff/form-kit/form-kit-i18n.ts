import type { Locale } from '../../i18n/locale.js';

/** Words every console form shares (Chinese first, English key for key). */
const zh = {
  save: '保存',
  remove: '删除',
  removeRow: '删除此行',
  addRow: '增加一行',
  saved: (v: number) => `已保存（配置第 ${v} 版）。`,
  errors: (n: number) => `有 ${n} 处需要修改：`,
  whole: '整体',
  stale: '未保存：在您编辑期间，配置已被他人修改。您填写的内容仍在下面，核对后可再次保存。期间的修改：',
  staleLine: (version: number, at: string, who: string, action: string) =>
    `第 ${version} 版，${at.slice(0, 16).replace('T', ' ')}，${who}：${action}`,
  was: '原为',
  now: '改为',
  stranded: '这样改会让以下有效预约失去位置：',
  confirmStranded: '确认保存，并把这些预约交给政务服务管理科处理',
  removeConfirm: '删除（仍有预约需要的事项或窗口会改为停用）',
  removed: '已删除。',
  optional: '（可不填）',
  yes: '是',
  no: '否',
};

const en: typeof zh = {
  save: 'Save',
  remove: 'Delete',
  removeRow: 'Remove this row',
  addRow: 'Add a row',
  saved: (v: number) => `Saved (configuration version ${v}).`,
  errors: (n: number) => `${n} thing(s) to fix:`,
  whole: 'Whole',
  stale:
    'Not saved: someone changed the configuration while you were editing. What you entered is still below; check it and save again. Their changes:',
  staleLine: (version: number, at: string, who: string, action: string) =>
    `Version ${version}, ${at.slice(0, 16).replace('T', ' ')}, ${who}: ${action}`,
  was: 'was',
  now: 'now',
  stranded: 'This change leaves these active bookings without a place:',
  confirmStranded: 'Save anyway and hand these bookings to the service management section',
  removeConfirm: 'Delete (a matter or window active bookings still need is retired instead)',
  removed: 'Deleted.',
  optional: ' (optional)',
  yes: 'Yes',
  no: 'No',
};

export const formKitWords: Record<Locale, typeof zh> = { zh, en };
