// The public form of « Recruter avec FIT »: keeps the request unconfirmed and emails its contact
// a single-use confirmation link. Whatever happens (honeypot filled, email over its limit, NEQ or
// email already known), the answer is the same, so the form tells nobody who has an account.
import { quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import {
  EMPLOYER_REQUEST_CONFIRM_DAYS,
  type SubmitEmployerRequestInput,
} from '../../../shared/recruit/schemas';
import { addMinutes } from '../../clock';
import { employerRequests } from '../../db/schema';
import type { Deps, RequestInfo } from '../../deps';
import { employerRequestConfirmationEmail } from '../../mail/recruitTemplates';
import { recordAudit } from '../audit/recordAudit';
import { hashToken, newToken } from '../auth/tokens';
import { takeRateLimit } from '../rateLimits/rateLimit';
import { recruitPerEmail, recruitPerIp } from './limits';

export type SubmitEmployerRequestResult = { status: 'check_email' };
const answer: SubmitEmployerRequestResult = { status: 'check_email' };

export function submitEmployerRequest(
  deps: Deps,
  input: SubmitEmployerRequestInput,
  req: RequestInfo,
): SubmitEmployerRequestResult {
  const now = deps.clock.now();
  const { website, locale, ...fields } = input;
  if (fields.startDate < quebecToday(now)) {
    throw fieldError('startDate', 'posting.startDateInPast');
  }
  return deps.db.transaction((tx) => {
    // Per IP: an honest refusal (it says nothing about any account).
    if (!takeRateLimit(tx, recruitPerIp, req.ip ?? 'unknown', now)) {
      throw appError('recruit.tooManyRequests');
    }
    // Robots fill the hidden field: same answer, nothing kept, nothing sent.
    if (website.trim() !== '') return answer;
    // Per email: over the limit, the same answer, but no new request and no email.
    if (!takeRateLimit(tx, recruitPerEmail, fields.contactEmail, now)) return answer;
    const token = newToken();
    const id = tx
      .insert(employerRequests)
      .values({
        ...fields,
        locale,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: addMinutes(now, EMPLOYER_REQUEST_CONFIRM_DAYS * 24 * 60).toISOString(),
        createdAt: now.toISOString(),
      })
      .returning({ id: employerRequests.id })
      .get().id;
    deps.mailer.enqueue(
      tx,
      employerRequestConfirmationEmail({
        to: fields.contactEmail,
        locale,
        contactName: fields.contactName,
        title: fields.title,
        link: `${deps.config.appUrl}/recruit/confirm#token=${token}`,
        expiresInDays: EMPLOYER_REQUEST_CONFIRM_DAYS,
      }),
    );
    recordAudit(tx, {
      at: now,
      actorUserId: null,
      action: 'employerRequest.submitted',
      subjectType: 'employer_request',
      subjectId: id,
      ip: req.ip,
      details: { regionCode: fields.regionCode },
    });
    return answer;
  });
}
