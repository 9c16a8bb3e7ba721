import type { Commitment, Matter } from '@openhall/domain';

/** Words of 承诺办理 on the window screen and on the applicant's booking and ticket pages. */
export const COMMITMENT_WORDS = {
  zh: {
    title: '承诺办理',
    onCommitment: '按告知承诺受理（申请人已签署承诺书）',
    statement: '承诺内容',
    missing: '待补材料（每行一项）',
    missingShown: '待补材料',
    promisedBy: '承诺补齐日期',
    signedBy: '签署人',
    signer: { applicant: '申请人本人', agent: '委托代理人' },
    signedAt: '签署时间',
    recordedBy: '受理人员',
    none: '无',
  },
  en: {
    title: 'Commitment-based approval',
    onCommitment: 'Accept on commitment (the applicant signed the commitment)',
    statement: 'What was committed',
    missing: 'Materials still missing (one per line)',
    missingShown: 'Materials still missing',
    promisedBy: 'Promised by',
    signedBy: 'Signed by',
    signer: { applicant: 'The applicant', agent: 'An authorised agent' },
    signedAt: 'Signed at',
    recordedBy: 'Accepted by',
    none: 'None',
  },
} as const;

/** The signed commitment of a record: what, which materials by when, who signed, when, recorded by whom. */
export function CommitmentFacts(p: {
  locale: 'zh' | 'en';
  commitment: Omit<Commitment, 'recordedBy'>;
  staffName?: string;
}) {
  const w = COMMITMENT_WORDS[p.locale];
  const c = p.commitment;
  return (
    <section aria-labelledby="commitment-title" data-commitment={c.matterId}>
      <h2 id="commitment-title">{w.title}</h2>
      <dl class="facts">
        <dt>{w.statement}</dt>
        <dd>{c.statement}</dd>
        <dt>{w.missingShown}</dt>
        <dd>{c.missingMaterials.length > 0 ? c.missingMaterials.join('、') : w.none}</dd>
        {c.promisedBy ? (
          <>
            <dt>{w.promisedBy}</dt>
            <dd>{c.promisedBy}</dd>
          </>
        ) : null}
        <dt>{w.signedBy}</dt>
        <dd>{w.signer[c.signedBy]}</dd>
        <dt>{w.signedAt}</dt>
        <dd>{c.signedAt.slice(0, 16).replace('T', ' ')}</dd>
        {p.staffName !== undefined ? (
          <>
            <dt>{w.recordedBy}</dt>
            <dd>{p.staffName}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The commitment fields of the accept form, shown when a matter it may accept is commitment-based. */
export function CommitmentFields(p: { locale: 'zh' | 'en'; code: string }) {
  const w = COMMITMENT_WORDS[p.locale];
  const id = (k: string) => `${k}-${p.code}`;
  return (
    <fieldset>
      <legend>{w.title}</legend>
      <label>
        <input type="checkbox" name="onCommitment" value="on" /> {w.onCommitment}
      </label>
      <label for={id('statement')}>{w.statement}</label>
      <textarea id={id('statement')} name="commitmentStatement" rows={2} maxlength={1000} />
      <label for={id('missing')}>{w.missing}</label>
      <textarea id={id('missing')} name="missingMaterials" rows={2} />
      <label for={id('promised')}>{w.promisedBy}</label>
      <input type="date" id={id('promised')} name="promisedBy" />
      <label for={id('signer')}>{w.signedBy}</label>
      <select id={id('signer')} name="signedBy">
        <option value="applicant">{w.signer.applicant}</option>
        <option value="agent">{w.signer.agent}</option>
      </select>
    </fieldset>
  );
}

/** Whether any of these matters may be accepted on commitment. */
export function anyCommitmentBased(matters: readonly Pick<Matter, 'commitmentBased'>[]): boolean {
  return matters.some((m) => m.commitmentBased);
}
