// Limits of the public employer form: generous for a real business (a few needs a day), tight
// enough that a script cannot flood the organisations or the mail server.
import type { RateLimit } from '../rateLimits/rateLimit';

/** Per IP address: 10 forms an hour (an office behind one address may send several). */
export const recruitPerIp: RateLimit = { bucket: 'recruit.ip', max: 10, windowMinutes: 60 };
/** Per contact email: 3 forms a day; beyond, the answer is the same but nothing is sent. */
export const recruitPerEmail: RateLimit = {
  bucket: 'recruit.email',
  max: 3,
  windowMinutes: 24 * 60,
};
