export { pinyinInitials } from './tenant/pinyin-initials.js';
