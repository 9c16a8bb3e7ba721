import { formatBookingCode } from '@openhall/domain';
import type { PageContext } from '../page-context.js';

/**
 * The booking code and its QR code, large enough to read out or scan at the desk. Without `qrSvg`
 * (a cancelled or finished booking) only the code is shown, so nobody presents it at a window.
 */
export function BookingCode(props: { ctx: PageContext; code: string; qrSvg?: string }) {
  const { t } = props.ctx;
  const grouped = formatBookingCode(props.code);
  return (
    <div class="card">
      <h2 class="label">{t.confirmation.codeLabel}</h2>
      <p class="code">{grouped}</p>
      {props.qrSvg ? (
        <>
          <p class="hint">{t.confirmation.codeHint}</p>
          <div
            class="qr"
            role="img"
            aria-label={t.confirmation.qrLabel(grouped)}
            dangerouslySetInnerHTML={{ __html: props.qrSvg }}
          />
        </>
      ) : null}
    </div>
  );
}
