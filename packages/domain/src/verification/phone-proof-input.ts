import { z } from 'zod';

/** `{verificationId}.{secret}`, handed out once the code was confirmed. */
export const PhoneProofInputSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{32,64}$/, 'not a phone verification proof')
  .meta({ id: 'PhoneProof', example: 'k3J9s0aQ2mXcV7tB1nR4wE.Xq0r...' });
