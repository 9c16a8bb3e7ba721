import type { Messages } from './messages.js';
import type { ErrorParams } from './page-error-code.js';

const HOLIDAYS: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明: 'Qingming Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午: 'Dragon Boat Festival',
  端午节: 'Dragon Boat Festival',
  中秋: 'Mid-Autumn Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function weekday(date: string): string {
  const [y, m, d] = parts(date);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

function duration(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
}

function deskPhoneHint(p: ErrorParams): string {
  const phone = p.policy.deskPhone.phone;
  const when = p.policy.deskPhone.sessions.map((s) => `${s.from}-${s.to}`).join(', ');
  const days = p.policy.deskPhone.workingDaysOnly ? 'on working days' : 'every day';
  return phone
    ? `Call ${phone} or ask at the consultation desk ${days}, ${when}.`
    : `Ask at the consultation desk ${days}, ${when}.`;
}

/** Every text of the citizen pages in English. */
export const en: Messages = {
  htmlLang: 'en',
  otherLanguage: { name: '中文', htmlLang: 'zh-CN', code: 'zh' },
  skipLink: 'Skip to main content',
  navLabel: 'Main navigation',
  nav: { home: 'Home', myBooking: 'My booking' },
  elder: { turnOn: 'Large print', turnOff: 'Standard view' },
  footer: {
    service: 'Enquiries',
    complaints: 'Complaints',
    product: 'OpenHall · government service bookings',
  },
  errorPrefix: 'Error: ',
  colon: ': ',
  dayKind: {
    workday: 'Working day',
    restday: 'Rest day',
    holiday: 'Public holiday',
    'makeup-workday': 'Make-up working day',
  },
  dateShort: (date) => {
    const [, m, d] = parts(date);
    return `${weekday(date)} ${d} ${MONTHS[m - 1]}`;
  },
  dateLong: (date) => {
    const [y, m, d] = parts(date);
    return `${weekday(date)} ${d} ${MONTHS[m - 1]} ${y}`;
  },
  timeRange: (from, to) => `${from}–${to}`,
  // 中秋 inside 国庆节 comes as "国庆节、中秋".
  holidayName: (name) =>
    name
      .split('、')
      .map((part) => HOLIDAYS[part] ?? part)
      .join(' and '),
  listSeparator: ', ',
  hours: {
    closed: 'Closed',
    appointmentOnly: 'By appointment only',
    extendedService: 'Extended service: everyone being served or waiting at closing time is served',
    overridden: 'Hours changed for this day',
    extendedServiceShort: 'Extended service',
    provisional: "Provisional: subject to the State Council's published schedule",
  },
  home: {
    contact: 'Phone numbers',
    halls: 'Service halls',
    hallPhone: 'Hall phone',
    address: 'Address',
    today: (date) => `Today, ${date}`,
    thisWeek: 'Opening hours, the next 7 days',
    weekCaption: (name) => `${name}: opening hours this week`,
    columns: { date: 'Date', hours: 'Hours' },
    todayMark: ' (today)',
    searchHeading: 'Services',
    searchLabel: 'Search services',
    searchHint: 'Type a service name or category, e.g. "invoice", or pinyin initials such as "sbk"',
    searchButton: 'Search',
    results: (n, q) => `${n} ${n === 1 ? 'service' : 'services'} found for "${q}"`,
    noResults: (q) => `Nothing found for "${q}". Try other words, or call us.`,
    allMatters: (n) => `All ${n} services`,
    showAll: 'Show all services',
  },
  matter: {
    department: 'Department',
    category: 'Category',
    windows: 'Window',
    floor: (n) => (n < 0 ? `Basement ${-n}` : `Floor ${n}`),
    ways: 'How it is served',
    way: { 'on-site': 'At the hall', appointment: 'By appointment', remote: 'Online or by phone' },
    instant: 'Done on the spot when the materials are complete',
    promised: (days) => (days === null ? 'As published in the service guide' : `${days} working days`),
    promisedLabel: 'Promised time',
    acceptance: (minutes) => `Accepted within ${minutes} minutes at the window`,
    mailing: { 'one-way': 'Result can be mailed', 'two-way': 'Materials and result can be mailed' },
    commitmentBased: 'Commitment-based approval available',
    materials: 'One-time notice: please bring',
    materialsNone: 'No extra materials',
    materialsNote: 'With these materials the matter can be handled: you will not be asked for anything else.',
    bookHeading: 'Book an appointment',
    chooseHall: 'Choose a hall',
    chooseDate: 'Choose a date',
    currentHall: ' (selected)',
    availability: {
      open: 'Bookable',
      'appointment-required': 'Appointment needed',
      'not-offered': 'Not offered',
    },
    notByAppointment: 'No appointment needed: come to the hall during opening hours.',
    noHall: 'No hall takes bookings for this service yet.',
  },
  closedReason: {
    hall_closed: 'Hall closed',
    matter_not_offered: 'Not offered this day',
    holiday_booking_window_closed: 'Holiday slots are booked on a working day before',
    provisional_day: 'Not bookable online yet',
    no_slot_left: 'No times left to book',
  },
  book: {
    title: (matter) => `Book: ${matter}`,
    hallDate: 'Hall and date',
    changeDate: 'Choose another day',
    slotLegend: 'Choose a time',
    remaining: (n) => `${n} left`,
    full: 'Full',
    applicantLegend: 'Your details',
    name: 'Full name',
    nameHint: 'As on your identity document',
    phone: 'Mobile number',
    phoneHint: '11 digits; you need it to look up or change the booking',
    organisation: 'Organisation (optional)',
    organisationHint: 'When you come for a company or another body',
    agent: 'I am an authorised agent (acting for someone else)',
    agentHint: 'Bring the power of attorney and your own identity document',
    submit: 'Book',
    noSlots: 'There are no times to book on this day.',
    noSlotsLeft: 'The times of this day have passed or are too soon to book.',
    allFull: 'Every time on this day is fully booked.',
    heldBack: (p) =>
      `The places of this day are kept for bookings at the desk and by phone. ${deskPhoneHint(p)}`,
    nextDays: 'Next days you can book',
    noNextDays: 'No bookable days soon: please call us.',
    leadTimeNote: (p) =>
      `Book at least ${duration(p.policy.leadTimeMinutes)} ahead; changes and cancellations online close ${duration(p.policy.changeCutoffMinutes)} before the start.`,
    datePast: 'This day is in the past: choose today or a later day.',
    closedBecause: (reason) => `Reason: ${reason}`,
  },
  fieldErrors: {
    name: 'Enter your name: 2 to 40 Chinese characters or letters',
    phone: 'Enter an 11-digit mobile number, e.g. 13812345678',
    organisation: 'Keep the organisation name under 100 characters',
    start: 'Choose a time',
    code: 'A booking code has 9 letters and digits: check each one',
  },
  errorSummary: (n) => `Please correct ${n === 1 ? 'this problem' : `these ${n} problems`}`,
  ruleErrors: {
    unknown_matter: () => 'This service was not found.',
    matter_retired: () =>
      'The hall no longer offers this service, so the booking cannot be moved. You can cancel it, or call the hall.',
    unknown_hall: () => 'This hall was not found.',
    matter_not_in_hall: () => 'This hall does not offer the service: choose another hall.',
    matter_not_offered: () => 'The service is not offered on this day: choose another day.',
    outside_hours: () => 'This time is outside the opening hours: choose another time.',
    in_past: () => 'This time has already started: choose a later one.',
    lead_time: (p) => `Book at least ${duration(p.policy.leadTimeMinutes)} ahead: choose a later time.`,
    beyond_horizon: (p) => `Bookings open ${p.policy.horizonDays} days ahead.`,
    desk_phone_closed: (p) => `The desk and phone do not take bookings now. ${deskPhoneHint(p)}`,
    holiday_booking_window_closed: (p) =>
      `Public-holiday times are booked on a working day before the holiday. ${deskPhoneHint(p)}`,
    provisional_day: () =>
      'This day is provisional until the State Council publishes its schedule and cannot be booked online: choose another day or call the hall.',
    appointment_only_day: () => 'On this day only people with a booking are served.',
    per_person_limit: (p) =>
      `One mobile number may hold ${p.policy.perPerson.perMatterPerDay} booking(s) per service per day and ${p.policy.perPerson.active} open bookings in all.`,
    slot_full: () => 'Someone has just taken the last place at this time: choose another time.',
    rate_limited: (p) =>
      `Too many attempts: try again in ${Math.max(1, Math.ceil((p.retryAfterSeconds ?? 60) / 60))} minute(s).`,
    booking_not_found: () => 'No booking found: check the code and the mobile number.',
    change_cutoff_passed: (p) =>
      `Bookings cannot be changed online within ${duration(p.policy.changeCutoffMinutes)} of the start: please call the hall.`,
    idempotency_key_reused: () => 'This form has expired: please fill it in again.',
    booking_not_active: () => 'This booking is cancelled or over and can no longer be changed.',
    booking_busy: () => 'Many people are booking this time right now: nothing was booked, please try again.',
    phone_not_verified: () =>
      'The mobile number is not verified yet: ask for a text message code and enter it.',
    verification_code_wrong: () => 'The code is not right: check the text message and enter it again.',
    verification_expired: () => 'The code has expired: ask for a new one.',
    verification_locked: () => 'Too many wrong codes: ask for a new one.',
    verification_used: () => 'This code was already used: ask for a new one.',
    verification_not_found: () => 'The code is no longer valid: ask for a new one.',
    resend_too_soon: () => 'A code was just sent: wait a minute before asking for another.',
    sms_unavailable: () => 'Text messages cannot be sent right now: try again later or call the hall.',
    validation: () => 'Something in the form is not right: check it and send it again.',
    validation_failed: () => 'Something in the form is not right: check it and send it again.',
    unknown: () => 'This could not be done right now: try again later or call us.',
  },
  confirmation: {
    title: 'Booking confirmed',
    repeated: 'This is the booking you have just made: no need to send it again.',
    codeLabel: 'Booking code',
    codeHint: 'Take a screenshot or note the code, and show it at the window.',
    qrLabel: (code) => `QR code of booking code ${code}`,
    when: 'Time',
    matter: 'Service',
    hall: 'Hall',
    window: 'Window',
    address: 'Address',
    hallPhone: 'Hall phone',
    applicant: 'Applicant',
    agent: ' (authorised agent)',
    downloadIcs: 'Add to my phone calendar (.ics file)',
    manage: 'View, change or cancel the booking',
    goTo: (window) => `Go to ${window}`,
    sign: 'sign',
  },
  verifyPhone: {
    title: 'Verify your mobile number',
    confirm: 'Confirm the booking',
  },
  myBookings: {
    title: 'All my bookings',
    intro:
      'Lost the booking code? Enter the mobile number you booked with and see all its active bookings with a text message code.',
    sendCode: 'Send the code',
    codeSent: (phone: string) => `A code was sent to ${phone}; it is valid for 5 minutes.`,
    codeLabel: 'Code from the text message',
    codeHint: '6 digits',
    show: 'Show my bookings',
    resend: 'No message? Ask for a new code',
    none: 'This mobile number has no active bookings.',
    open: 'Details',
    lostCode: 'Lost the code? See all your bookings with a text message code',
  },
  myBooking: {
    title: 'My booking',
    intro: 'Enter the booking code and the mobile number you booked with.',
    codeLabel: 'Booking code',
    codeHint: '9 characters, e.g. K7Q-XM4-RTD',
    find: 'Find my booking',
    status: 'Status',
    statuses: {
      booked: 'Booked',
      cancelled: 'Cancelled',
      'checked-in': 'Checked in',
      completed: 'Completed',
      'no-show': 'Missed (closed)',
    },
    actions: 'Change the booking',
    cancel: 'Cancel booking',
    reschedule: 'Change time',
    cancelTitle: 'Cancel the booking?',
    cancelQuestion: (when) => `Cancel the booking on ${when}? The time will be offered to someone else.`,
    cancelYes: 'Yes, cancel it',
    cancelNo: 'No, go back',
    cancelled: 'The booking is cancelled.',
    rescheduleTitle: 'Change time',
    rescheduleDate: 'Choose a new date',
    rescheduleSlot: 'Choose a new time',
    rescheduleConfirm: 'Move my booking to this time',
    rescheduled: 'Your booking has moved: please come at the new time.',
    current: 'Booked time',
    back: 'Back to the booking',
    strandedTitle: 'The hall has changed its arrangements',
    stranded: (phone) =>
      phone
        ? `The hall has changed its arrangements and your booking is affected. Please call ${phone} to move or cancel it.`
        : 'The hall has changed its arrangements and your booking is affected. Please contact the hall to move or cancel it.',
  },
  notFound: {
    title: 'Page not found',
    tenant: 'We could not find this service hall: check the address.',
    matter: 'We could not find this service: it may have changed. Look for it on the home page.',
    page: 'We could not find this page.',
    home: 'Go to the home page',
  },
  serverError: {
    title: 'Service busy',
    text: 'We could not handle this right now: try again later, or call us.',
  },
};
