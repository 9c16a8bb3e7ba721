/** The booking code as an inline SVG QR code, for the desk's scanner; medium error correction survives a cracked screen. */
export async function bookingCodeQrSvg(code: string): Promise<string> {
  // Loaded by the first page that shows a code: most pages do not.
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
