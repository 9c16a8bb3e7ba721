import type { Locale } from '../../i18n/locale.js';

/** Words of the staff directory pages (Chinese first, English key for key). */
const zh = {
  title: '工作人员名录',
  add: '新增工作人员',
  edit: (name: string) => `编辑：${name}`,
  newTitle: '新增工作人员',
  id: '工号（登录标识）',
  name: '姓名',
  department: '所属单位',
  windows: '可上岗窗口',
  roles: '角色',
  category: '人员类别',
  categories: { 'civil-servant': '公务员（调休补休）', contract: '合同制（法定节假日加班付酬）' },
  retired: '已离岗（保留记录，不能登录）',
  columns: { name: '姓名', department: '单位', windows: '窗口', roles: '角色', category: '类别' },
  back: '返回名录',
  audit: {
    title: '配置修改记录',
    version: '版本',
    when: '时间',
    who: '修改人',
    what: '修改内容',
    older: '更早的记录',
    ops: { add: '新增', remove: '删除', replace: '修改' },
  },
};

const en: typeof zh = {
  title: 'Staff directory',
  add: 'Add a member',
  edit: (name: string) => `Edit: ${name}`,
  newTitle: 'Add a member',
  id: 'Staff id (sign-in)',
  name: 'Name',
  department: 'Department',
  windows: 'Windows they may serve',
  roles: 'Roles',
  category: 'Staff category',
  categories: {
    'civil-servant': 'Civil servant (time off in lieu)',
    contract: 'Contract staff (holiday work paid)',
  },
  retired: 'Left the hall (records kept, no sign-in)',
  columns: {
    name: 'Name',
    department: 'Department',
    windows: 'Windows',
    roles: 'Roles',
    category: 'Category',
  },
  back: 'Back to the directory',
  audit: {
    title: 'Configuration audit trail',
    version: 'Version',
    when: 'When',
    who: 'Who',
    what: 'What changed',
    older: 'Older entries',
    ops: { add: 'added', remove: 'removed', replace: 'changed' },
  },
};

export const directoryWords: Record<Locale, typeof zh> = { zh, en };
