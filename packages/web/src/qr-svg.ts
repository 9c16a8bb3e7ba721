import QRCode from 'qrcode';

/** The booking code as an inline SVG QR code, for the desk's scanner; medium error correction survives a cracked screen. */
export function bookingCodeQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
