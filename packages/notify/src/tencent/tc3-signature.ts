import { createHash, createHmac } from 'node:crypto';

/** What TC3-HMAC-SHA256 signs of a POST request to a TencentCloud API 3.0 endpoint. */
export interface Tc3Request {
  secretId: string;
  secretKey: string;
  /** The product, first label of the host (`sms`, `cvm`). */
  service: string;
  host: string;
  /** Unix seconds, the value of the X-TC-Timestamp header; its UTC date is part of the scope. */
  timestamp: number;
  contentType: string;
  payload: string;
}

export interface Tc3Signed {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  /** The value of the Authorization header. */
  authorization: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

/**
 * Signs a request with TencentCloud's signature v3: canonical request, string to sign with the
 * credential scope `{UTC date}/{service}/tc3_request`, then a key derived by HMAC-SHA256 over
 * `TC3{SecretKey}` → date → service → `tc3_request`. Signed headers: content-type and host.
 */
export function tc3Sign(request: Tc3Request): Tc3Signed {
  const date = new Date(request.timestamp * 1000).toISOString().slice(0, 10);
  const signedHeaders = 'content-type;host';
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${request.contentType}\nhost:${request.host}\n`,
    signedHeaders,
    sha256Hex(request.payload),
  ].join('\n');
  const scope = `${date}/${request.service}/tc3_request`;
  const stringToSign = [
    'TC3-HMAC-SHA256',
    String(request.timestamp),
    scope,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${request.secretKey}`, date), request.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return {
    canonicalRequest,
    stringToSign,
    signature,
    authorization: `TC3-HMAC-SHA256 Credential=${request.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
