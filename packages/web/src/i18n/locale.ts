import type { LocalizedText } from '@openhall/domain';
import { en } from './en.js';
import type { Messages } from './messages.js';
import { zh } from './zh.js';

/** Languages of the citizen pages; Chinese first. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string | undefined): value is Locale {
  return value === 'zh' || value === 'en';
}

export const DICTIONARIES: Record<Locale, Messages> = { zh, en };

/** The tenant's text in the page language. */
export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
