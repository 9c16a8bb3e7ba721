import type { FieldError } from '@openhall/domain';
import type { z } from 'zod';
import type { Locale } from '../../i18n/locale.js';

/** One error of a form, at the dotted path of its field (`materials.1.zh`; `''` for the whole value). */
export interface FormError {
  key: string;
  text: string;
}

type Issue = z.core.$ZodIssue;

/** The issue in the reader's language: Chinese names the rule, the schema's own words follow in English. */
export function issueText(locale: Locale, issue: Issue): string {
  if (locale === 'en') return issue.message;
  const own = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return own.includes('received undefined')
        ? '必填'
        : issue.expected === 'number'
          ? '请填写数字'
          : `格式不对（${own}）`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '必填' : `至少 ${min} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${min} 项`;
      return `不能小于 ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `最多 ${max} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项`;
      return `不能大于 ${max}`;
    }
    case 'not_multiple_of':
      return `须为 ${String(issue.divisor)} 的倍数（${own}）`;
    case 'invalid_value':
      return '请从所列选项中选择';
    case 'invalid_union':
      return `填写不完整或不一致（${own}）`;
    default:
      return `格式不对：${own}`;
  }
}

/** Every issue of a schema's parse, each at its field. */
export function formErrorsOf(error: z.ZodError, locale: Locale): FormError[] {
  return error.issues.map((issue) => ({
    key: issue.path.map(String).join('.'),
    text: issueText(locale, issue),
  }));
}

/**
 * The errors of the whole configuration (a JSON pointer each, `/matters/3/windowIds/0`) that are
 * about the value this form edits (at `pointer`, `/matters/3`), at its fields; the others at `''`,
 * shown above the form with their path.
 */
export function formErrorsOfConfig(
  errors: readonly FieldError[],
  pointer: string,
  locale: Locale,
): FormError[] {
  return errors.map((e) => {
    const text = locale === 'zh' && e.code === 'custom' ? `不一致：${e.message}` : e.message;
    if (pointer === '' || e.path === pointer) return { key: pointerKey(e.path.slice(pointer.length)), text };
    if (e.path.startsWith(`${pointer}/`)) return { key: pointerKey(e.path.slice(pointer.length)), text };
    return { key: '', text: `${e.path}: ${text}` };
  });
}

function pointerKey(pointer: string): string {
  return pointer.split('/').filter(Boolean).join('.');
}
