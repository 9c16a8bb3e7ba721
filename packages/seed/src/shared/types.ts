import type { TenantConfigInput } from '@openhall/domain';

/** One hall as written in a seed (before schema defaults). */
export type HallInput = TenantConfigInput['halls'][number];
/** Hours of one kind of day as written in a seed. */
export type DayHoursInput = HallInput['openingPolicy']['workday'];
/** One matter as written in a seed. */
export type MatterInput = TenantConfigInput['matters'][number];
/** One window as written in a seed. */
export type WindowInput = TenantConfigInput['windows'][number];
/** Material of a one-time notice (一次告知). */
export type MaterialInput = MatterInput['materials'][number];
/** Text shown to people, Chinese and English. */
export type LocalizedTextInput = MatterInput['name'];
