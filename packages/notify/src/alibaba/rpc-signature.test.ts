import { describe, expect, it } from 'vitest';
import { canonicalQuery, percentEncode, rpcSignature } from './rpc-signature.js';

// The example of Alibaba Cloud SMS's "签名机制" page: SendSms with AccessKeyId testId and
// AccessKeySecret testSecret, signed for GET.
const PUBLISHED: Record<string, string> = {
  AccessKeyId: 'testId',
  Action: 'SendSms',
  Format: 'XML',
  OutId: '123',
  PhoneNumbers: '15300000001',
  RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
  SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007',
  TemplateParam: '{"customer":"test"}',
  Timestamp: '2017-07-12T02:42:19Z',
  Version: '2017-05-25',
};

describe("Alibaba Cloud's RPC signature", () => {
  it('reproduces the published SendSms example', () => {
    expect(canonicalQuery(PUBLISHED)).toBe(
      'AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
    expect(rpcSignature('GET', PUBLISHED, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('sorts by name whatever order the parameters come in', () => {
    const reversed = Object.fromEntries(Object.entries(PUBLISHED).reverse());
    expect(rpcSignature('GET', reversed, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('signs the method: the same parameters by POST sign differently', () => {
    expect(rpcSignature('POST', PUBLISHED, 'testSecret')).not.toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('encodes as RFC 3986: space as %20, the star and quote marks, and leaves ~ alone', () => {
    expect(percentEncode("a b*c~d!e'(f)")).toBe('a%20b%2Ac~d%21e%27%28f%29');
    expect(percentEncode('+/=')).toBe('%2B%2F%3D');
  });
});
