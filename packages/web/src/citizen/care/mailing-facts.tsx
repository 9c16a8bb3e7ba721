import type { MailingPublicView } from '@openhall/domain';
import type { PageContext } from '../../page-context.js';

const WORDS = {
  zh: {
    title: '寄送',
    direction: { 'one-way': '结果寄送', 'two-way': '材料和结果双向寄送' },
    status: {
      requested: '已登记',
      'materials-received': '材料已收到',
      'result-sent': '结果已寄出',
      delivered: '已签收',
    },
    tracking: '快递单号',
  },
  en: {
    title: 'Mailing',
    direction: { 'one-way': 'Result mailed', 'two-way': 'Materials and result mailed' },
    status: {
      requested: 'Registered',
      'materials-received': 'Materials received',
      'result-sent': 'Result sent',
      delivered: 'Delivered',
    },
    tracking: 'Tracking number',
  },
};

/** The mailing of a booking's result on the applicant's booking page (no address shown). */
export function MailingFacts(p: { ctx: PageContext; mailing: MailingPublicView }) {
  const w = WORDS[p.ctx.locale];
  const m = p.mailing;
  return (
    <section aria-labelledby="mailing-title">
      <h2 id="mailing-title">{w.title}</h2>
      <dl class="facts">
        <dt>{w.title}</dt>
        <dd>{w.direction[m.direction]}</dd>
        <dt>{p.ctx.locale === 'zh' ? '状态' : 'Status'}</dt>
        <dd data-mailing-status={m.status}>{w.status[m.status]}</dd>
        {m.trackingNo ? (
          <>
            <dt>{w.tracking}</dt>
            <dd>
              {m.carrier} {m.trackingNo}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
