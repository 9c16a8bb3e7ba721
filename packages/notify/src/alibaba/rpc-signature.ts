import { createHmac } from 'node:crypto';

/**
 * RFC 3986 percent-encoding as Alibaba Cloud's RPC signature wants it: only A-Z a-z 0-9 - _ . ~ stay,
 * a space is %20 (not +), UTF-8 bytes are %XY in capitals.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The parameters sorted by name, each `name=value` percent-encoded, joined by `&`. */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name]!)}`)
    .join('&');
}

/**
 * Alibaba Cloud's RPC signature (SignatureVersion 1.0, HMAC-SHA1): Base64 of HMAC-SHA1 keyed with
 * `{AccessKeySecret}&` over `{METHOD}&%2F&{percentEncode(canonical query)}`. `params` hold every
 * parameter but `Signature`.
 */
export function rpcSignature(
  method: 'GET' | 'POST',
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
): string {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}
