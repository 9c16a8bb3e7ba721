import type { Branding } from '@openhall/domain';
import { strongColor } from './contrast.js';

/**
 * Colours of one view. The tenant's brand colours are darkened only as far as the view needs:
 * 4.5:1 against white normally (WCAG AA), 7:1 in 长辈模式 (age-friendly, WCAG AAA).
 */
export function pageColours(branding: Branding, elder: boolean) {
  const ratio = elder ? 7 : 4.5;
  return {
    primary: strongColor(branding.primaryColor, ratio),
    accent: strongColor(branding.accentColor, ratio),
    fg: elder ? '#000000' : '#1a1a1a',
    muted: elder ? '#1f1f1f' : '#4d4d4d',
    error: elder ? '#8a0000' : '#b00020',
    ok: elder ? '#0b4a1f' : '#146c2e',
  };
}

// Mobile first, one column; every size in rem so 长辈模式 scales by changing the root size only.
const BASE = `*{box-sizing:border-box}
html{font-size:18px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;line-height:1.5;color:var(--fg);background:#fff}
a{color:var(--primary);text-decoration:underline;text-underline-offset:.15em}
:focus-visible{outline:3px solid #000;outline-offset:0;box-shadow:0 0 0 6px #ffdd00}
.skip{position:absolute;left:-100vw;top:0;z-index:9;background:#fff;color:#000;padding:.75rem 1rem}
.skip:focus{left:0}
.site{background:var(--primary);color:#fff;padding:.75rem 1rem}
.site a{color:#fff}
.brand{display:flex;align-items:center;gap:.75rem;margin:0;font-size:1.15rem;font-weight:700}
.brand img{height:2.5rem;width:auto}
.site ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0;padding:0}
.site ul a,.site button{display:inline-flex;align-items:center;min-height:var(--tap);padding:.25rem .75rem;border:2px solid #fff;border-radius:.5rem;background:transparent;color:#fff;font:inherit;text-decoration:none;cursor:pointer}
.site form{margin:0}
main{display:block;max-width:42rem;margin:0 auto;padding:1rem}
main:focus{outline:none}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:1.75rem 0 .75rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
.card{border:1px solid #8c8c8c;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.card>h2:first-child,.card>h3:first-child{margin-top:0}
.muted,.hint{color:var(--muted)}
.hint{margin:.25rem 0 .5rem;font-size:.95rem}
.tags{display:flex;flex-wrap:wrap;gap:.25rem;margin-top:.25rem}
.tag{display:inline-block;border:2px solid currentColor;border-radius:.35rem;padding:0 .35rem;font-size:.85rem;font-weight:600}
.notice{border-left:.4rem solid var(--accent);background:#f4f4f4;padding:.75rem 1rem;margin:0 0 1rem}
.notice.ok{border-color:var(--ok)}
.error-summary{border:4px solid var(--error);padding:1rem;margin:0 0 1.25rem}
.error-summary h2{margin-top:0;color:var(--error)}
.error-summary a{color:var(--error);font-weight:600}
.field{margin:0 0 1.25rem}
label,.label{display:block;font-weight:700}
.field-error{color:var(--error);font-weight:700;margin:.25rem 0}
input[type=text],input[type=tel],input[type=search],input[type=datetime-local],input[type=number],textarea,select{display:block;width:100%;min-height:var(--tap);font:inherit;padding:.4rem .6rem;border:2px solid #4d4d4d;border-radius:.35rem;color:var(--fg);background:#fff}
input[aria-invalid=true]{border:4px solid var(--error)}
.check{display:flex;gap:.6rem;align-items:flex-start;min-height:var(--tap);font-weight:600}
.check input,.slot input{width:1.35rem;height:1.35rem;margin:.15rem 0 0;flex:none;accent-color:var(--primary)}
fieldset{border:0;padding:0;margin:0 0 1.5rem;min-width:0}
legend{font-size:1.15rem;font-weight:700;padding:0;margin:0 0 .5rem}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:var(--tap);min-width:var(--tap);padding:.4rem 1.1rem;border:2px solid var(--primary);border-radius:.5rem;background:var(--primary);color:#fff;font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.btn.secondary{background:#fff;color:var(--primary)}
.btn.wide{width:100%}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.actions form{margin:0}
.search{display:flex;gap:.5rem}
.search input{flex:1}
.list{list-style:none;padding:0;margin:0}
.list>li{border-bottom:1px solid #b3b3b3;padding:.6rem 0}
.list a{display:inline-block;min-height:var(--tap);padding:.25rem 0;font-weight:700}
.hours{margin:.25rem 0;padding-left:1.25rem}
table{width:100%;border-collapse:collapse;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .3rem;border-bottom:1px solid #b3b3b3}
tbody th{word-break:keep-all}
th .kind{font-weight:400}
tr[aria-current] th,tr[aria-current] td{font-weight:700;background:#f4f4f4}
caption{text-align:left;font-weight:700;padding:.5rem 0}
.nw{white-space:nowrap}
.days{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.5rem}
.day{display:block;min-height:var(--tap);height:100%;padding:.4rem .6rem;border:2px solid var(--primary);border-radius:.5rem;text-decoration:none;color:var(--primary);background:#fff;font:inherit;text-align:left;width:100%;cursor:pointer}
.day strong{display:block}
.day.off{border-style:dashed;border-color:#8c8c8c;color:var(--muted);cursor:default}
.slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.5rem}
.slot{display:flex;gap:.4rem;align-items:flex-start;min-height:var(--tap);padding:.5rem .4rem;border:2px solid var(--primary);border-radius:.5rem;font-weight:400}
.slot:has(input:checked){border-width:4px;background:#f4f4f4}
.slot.full{border-style:dashed;border-color:#8c8c8c;color:var(--muted)}
.slot .time{display:block;font-weight:700;white-space:nowrap}
.facts{margin:0 0 1rem}
.facts dt{font-weight:700;margin-top:.6rem}
.facts dd{margin:0}
.code{font-size:min(2.4rem,10vw);white-space:nowrap;font-weight:800;letter-spacing:.08em;font-variant-numeric:tabular-nums;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;margin:.25rem 0}
.qr svg{display:block;width:11rem;height:11rem}
.site-footer{border-top:1px solid #8c8c8c;margin-top:2rem;padding:1rem;font-size:.95rem}
.site-footer p{margin:.25rem 0}
.site-footer a{display:inline-block;min-height:var(--tap);padding:.5rem 0}
`;

// 长辈模式: larger type and spacing, 48 px targets, heavier lines; colours come from pageColours.
const ELDER = `html{font-size:22px}
body{line-height:1.6}
h1{font-size:1.5rem}
.card,.day,.slot,input[type=text],input[type=tel],input[type=search],textarea,select{border-color:#000}
.list>li,th,td{border-color:#000}
`;

/** The inline stylesheet of every page: brand colours as CSS variables, then the rules of the view. */
export function pageCss(branding: Branding, elder: boolean): string {
  const c = pageColours(branding, elder);
  const vars = `:root{--primary:${c.primary};--accent:${c.accent};--fg:${c.fg};--muted:${c.muted};--error:${c.error};--ok:${c.ok};--tap:${elder ? '48px' : '44px'}}\n`;
  return vars + BASE + (elder ? ELDER : '');
}
