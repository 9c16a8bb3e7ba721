import type { CoverProposal, StaffingViolation, TenantConfig } from '@openhall/domain';
import type { Locale } from '../../i18n/locale.js';
import { rotaWords } from './rota-i18n.js';

function nameOf(config: TenantConfig, staffId: string): string {
  return config.staff.find((s) => s.id === staffId)?.name ?? staffId;
}

function windowCode(config: TenantConfig, windowId: string | undefined): string {
  return config.windows.find((w) => w.id === windowId)?.code ?? windowId ?? '';
}

/** Every broken rule of a day with its hour and window (or department), one line each. */
export function ViolationList(props: {
  config: TenantConfig;
  locale: Locale;
  violations: StaffingViolation[];
}) {
  const w = rotaWords[props.locale];
  if (props.violations.length === 0) return <p class="ok">{w.day.none}</p>;
  return (
    <ul class="violations">
      {props.violations.map((v) => {
        const department = props.config.departments.find((d) => d.id === v.departmentId);
        const where = [
          v.windowId ? windowCode(props.config, v.windowId) : '',
          department ? department.name[props.locale] : '',
          v.staffId ? nameOf(props.config, v.staffId) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <li data-rule={v.rule} data-window={v.windowId ?? ''}>
            {w.violationLine(w.rules[v.rule], v.from, v.to, where, v.found, v.needed)}
          </li>
        );
      })}
    </ul>
  );
}

/** A/B cover proposals; a proposal with nobody free is a vacancy risk. */
export function CoverList(props: { config: TenantConfig; locale: Locale; proposals: CoverProposal[] }) {
  const w = rotaWords[props.locale];
  if (props.proposals.length === 0) return null;
  return (
    <section>
      <h2>{w.day.cover}</h2>
      <ul>
        {props.proposals.map((p) => {
          const absent = nameOf(props.config, p.absentStaffId);
          const code = windowCode(props.config, p.windowId);
          return (
            <li class={p.candidates.length === 0 ? 'vacancy' : ''}>
              {p.candidates.length === 0
                ? w.day.vacancy(absent, code, p.from, p.to)
                : w.day.coverLine(
                    absent,
                    code,
                    p.from,
                    p.to,
                    p.candidates.map((c) => nameOf(props.config, c)).join('、'),
                  )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export const ROTA_CSS = `.violations li,.vacancy{color:#8a1c1c;font-weight:700}
.has-issues{background:#fde8e8}
.ok{color:#14532d;font-weight:700}
.rota-window input[type=checkbox]{width:1.4rem;height:1.4rem}
.rota-window{border:1px solid #8c8c8c;border-radius:.35rem;padding:.5rem .75rem;margin:0 0 .75rem}
.rota-window legend{font-weight:700}
.rota-window label{display:inline-flex;gap:.35rem;align-items:center;margin:.25rem 1rem .25rem 0;min-height:var(--tap)}
.notice{border:2px solid #8a1c1c;padding:.5rem .75rem;margin:0 0 1rem}`;
