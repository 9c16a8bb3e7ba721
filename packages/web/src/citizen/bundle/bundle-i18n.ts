/** Words of 一件事一次办 on the citizen pages (Chinese first, English key for key). */
export const bundleWords = {
  zh: {
    heading: '一件事一次办',
    intro: '几个部门的事项，一次预约、一个时间、一次办完：由牵头部门的窗口接待，其他部门窗口同时收到。',
    matters: '包含的事项',
    lead: '牵头',
    leadNote: (department: string) => `牵头部门：${department}。预约的时间在牵头部门的窗口。`,
    booking: (name: string) => `一件事一次办：${name}`,
    notAtHall: '这个大厅不办理这件事。',
  },
  en: {
    heading: 'One thing, one visit',
    intro:
      'Matters of several departments booked once, at one time, done in one visit: the lead department’s window receives you, and the other departments’ windows see the booking too.',
    matters: 'Matters included',
    lead: 'lead',
    leadNote: (department: string) =>
      `Lead department: ${department}. The appointment is at the lead department’s window.`,
    booking: (name: string) => `One thing, one visit: ${name}`,
    notAtHall: 'This hall does not offer it.',
  },
} as const;
