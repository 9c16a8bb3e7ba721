import type { zh } from './zh.js';

/** The shape every dictionary has: Chinese is written first, and English must match it key for key. */
export type Messages = typeof zh;
