import { describe, expect, it } from 'vitest';
import { tc3Sign } from './tc3-signature.js';

// The worked example of TencentCloud's "Signature v3" page (CVM DescribeInstances, 2019-02-25): its
// payload, key and each intermediate value as published.
const PUBLISHED = {
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  timestamp: 1551113065,
  contentType: 'application/json; charset=utf-8',
  payload: String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`,
};

describe('TC3-HMAC-SHA256', () => {
  it('reproduces the published example step by step', () => {
    const signed = tc3Sign(PUBLISHED);

    expect(signed.canonicalRequest).toBe(
      [
        'POST',
        '/',
        '',
        'content-type:application/json; charset=utf-8',
        'host:cvm.tencentcloudapi.com',
        '',
        'content-type;host',
        '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
    expect(signed.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('takes the scope date in UTC: 00:44 in Beijing is still the day before', () => {
    // The page's own warning: 1551113065 is 2019-02-26 00:44:25 at +08:00.
    expect(tc3Sign(PUBLISHED).stringToSign.split('\n')[2]).toBe('2019-02-25/cvm/tc3_request');
    expect(tc3Sign({ ...PUBLISHED, timestamp: 1551113065 + 86_400 }).stringToSign.split('\n')[2]).toBe(
      '2019-02-26/cvm/tc3_request',
    );
  });

  it('changes with every signed part', () => {
    const base = tc3Sign(PUBLISHED).signature;
    expect(tc3Sign({ ...PUBLISHED, payload: `${PUBLISHED.payload} ` }).signature).not.toBe(base);
    expect(tc3Sign({ ...PUBLISHED, host: 'sms.tencentcloudapi.com' }).signature).not.toBe(base);
    expect(tc3Sign({ ...PUBLISHED, secretKey: `${PUBLISHED.secretKey}x` }).signature).not.toBe(base);
    expect(tc3Sign({ ...PUBLISHED, service: 'sms' }).signature).not.toBe(base);
  });
});
