// « À traiter »: employers' wage-subsidy claims and the accompaniment tranches due to
// organisations, approved in one click or rejected with a coded reason and a comment, right in
// the list; then « À payer »: approved entries not paid yet, marked paid with a date and a
// reference.
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { rejectReasons } from '../../../../shared/money/machines';
import { markPaidInput, reviewInput } from '../../../../shared/money/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { ReasonFields } from '../../components/ReasonFields';
import { quebecDate, today } from '../../lib/dates';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useFocusInvalid, useFocusOnToggle } from '../../lib/focus';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { personName, useLocaleFormat } from '../../lib/useLocaleFormat';
import { type ReviewQueue, useRefreshMoney, useReviewQueue } from './useReviewQueue';

type PairingSummary = RouterOutputs['pairings']['list']['items'][number];

type Notify = (message: string, section: string) => void;

/** « Jumelage n° 12 — Lucía Ramirez, Aide-boulanger·ère (phase 10) », linked to the pairing. */
function PairingLine(props: { pairingId: number; summary: PairingSummary | undefined }) {
  const { t } = useTranslation();
  const s = props.summary;
  return (
    <p className="coord-item__meta">
      <Link href={`/pairings/${props.pairingId}`}>
        {t('coordinator.common.pairing', { id: props.pairingId })}
      </Link>
      {s ? (
        <>
          {' · '}
          {personName(s)} · {s.postingTitle} ·{' '}
          {t('coordinator.common.phaseLabel', { number: s.phaseNumber })}
        </>
      ) : null}
    </p>
  );
}

function ReviewActions(props: {
  kind: 'claim' | 'tranche';
  id: number;
  payee: string;
  amount: string;
  /** « la réclamation de X, du … au … (740,00 $) », read after the button's verb. */
  context: string;
  notify: Notify;
  section: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  useFocusInvalid(box, error);
  const options = {
    onSuccess: async (r: { status: string }) => {
      const approved = r.status === 'approved';
      const key = `${props.kind}${approved ? 'Approved' : 'Rejected'}` as const;
      setOpen(false);
      props.notify(
        t(`coordinator.review.done.${key}`, { payee: props.payee, amount: props.amount }),
        props.section,
      );
      await refresh();
    },
    onError: (err: unknown) => setError(describeError(err, t)),
  };
  const claim = useMutation(trpc.money.reviewClaim.mutationOptions(options));
  const tranche = useMutation(trpc.money.reviewTranche.mutationOptions(options));
  const mutation = props.kind === 'claim' ? claim : tranche;

  function send(values: unknown) {
    const v = validate(reviewInput, values, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    mutation.mutate(v.data);
  }
  function submitReject(e: FormEvent) {
    e.preventDefault();
    send({ id: props.id, action: 'reject', reason: reason || undefined, comment });
  }

  return (
    <div ref={box} className="coord-item__actions">
      {open ? null : (
        <>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <div className="coord-actions">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={mutation.isPending}
              onClick={() => send({ id: props.id, action: 'approve', comment: '' })}
            >
              {t('coordinator.review.approve')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              data-opener
              aria-expanded={false}
              aria-controls={formId}
              onClick={() => {
                setError(null);
                setOpen(true);
              }}
            >
              {t('coordinator.review.reject')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
          </div>
        </>
      )}
      {open ? (
        <form id={formId} className="stack coord-inline-form" onSubmit={submitReject} noValidate>
          <p className="coord-inline-form__title">
            {t('coordinator.review.rejectTitle', { context: props.context })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <ReasonFields
            reasonLabel={t('coordinator.review.reason')}
            chooseLabel={t('coordinator.review.choose')}
            reasons={rejectReasons}
            reasonText={(r) => t(`coordinator.rejectReason.${r}`)}
            reason={reason}
            onReasonChange={setReason}
            commentLabel={t('coordinator.review.comment')}
            commentHint={t('coordinator.review.commentHint')}
            comment={comment}
            onCommentChange={setComment}
            commentRows={3}
            errors={error?.fields}
          />
          <div className="coord-actions">
            <button type="submit" className="button coord-danger" disabled={mutation.isPending}>
              {mutation.isPending ? t('form.saving') : t('coordinator.review.confirmReject')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** The payment date and bank reference, shared by the one-entry and the batch payment forms. */
function PaymentFields(props: {
  paidOn: string;
  onPaidOnChange: (v: string) => void;
  reference: string;
  onReferenceChange: (v: string) => void;
  error: ShownError | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="coord-form-grid">
      <TextField
        label={t('coordinator.review.paidOn')}
        type="date"
        value={props.paidOn}
        onChange={props.onPaidOnChange}
        error={props.error?.fields.paidOn}
        required
      />
      <TextField
        label={t('coordinator.review.reference')}
        hint={t('coordinator.review.referenceHint')}
        value={props.reference}
        onChange={props.onReferenceChange}
        error={props.error?.fields.reference}
        maxLength={80}
        autoComplete="off"
        required
      />
    </div>
  );
}

function MarkPaid(props: {
  ledgerEntryId: number;
  payee: string;
  amount: string;
  notify: Notify;
  section: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  useFocusInvalid(box, error);
  const markPaid = useMutation(
    trpc.money.markPaid.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        props.notify(
          t('coordinator.review.done.paid', { payee: props.payee, amount: props.amount }),
          props.section,
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(markPaidInput, { ledgerEntryId: props.ledgerEntryId, paidOn, reference }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    markPaid.mutate(v.data);
  }
  const context = t('coordinator.review.payContext', { payee: props.payee, amount: props.amount });
  return (
    <div ref={box} className="coord-item__actions">
      {open ? null : (
        <button
          type="button"
          className="button button--primary button--small"
          data-opener
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => setOpen(true)}
        >
          {t('coordinator.review.markPaid')}
          <span className="visually-hidden"> — {context}</span>
        </button>
      )}
      {open ? (
        <form id={formId} className="stack coord-inline-form" onSubmit={submit} noValidate>
          <p className="coord-inline-form__title">
            {t('coordinator.review.payTitle', { payee: props.payee, amount: props.amount })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <PaymentFields
            paidOn={paidOn}
            onPaidOnChange={setPaidOn}
            reference={reference}
            onReferenceChange={setReference}
            error={error}
          />
          <div className="coord-actions">
            <button type="submit" className="button button--primary" disabled={markPaid.isPending}>
              {markPaid.isPending ? t('form.saving') : t('coordinator.review.confirmPaid')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function Total({ cents }: { cents: number }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <span className="coord-total">
      {t('coordinator.review.total', { amount: fmt.money(cents) })}
    </span>
  );
}

/** The last confirmation, shown under the heading of the list it concerns. */
const MessageContext = createContext<{ text: string; section: string } | null>(null);

function SectionHeading(props: { id: string; title: string; count: number; totalCents: number }) {
  const message = useContext(MessageContext);
  return (
    <>
      <h2 id={props.id} tabIndex={-1} className="coord-section__title">
        {props.title} <span className="coord-pill">{props.count}</span>{' '}
        {props.count > 0 ? <Total cents={props.totalCents} /> : null}
      </h2>
      <StatusMessage>{message?.section === props.id ? message.text : null}</StatusMessage>
    </>
  );
}

function sum(items: readonly { amountCents: number }[]) {
  return items.reduce((s, i) => s + i.amountCents, 0);
}

/** One list of the review page: its heading with count and total, then the items or a note. */
function ReviewSection(props: {
  headingId: string;
  anchor: string;
  title: string;
  items: readonly { amountCents: number }[];
  emptyText: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.headingId} id={props.anchor} className="coord-section">
      <SectionHeading
        id={props.headingId}
        title={props.title}
        count={props.items.length}
        totalCents={sum(props.items)}
      />
      {props.items.length === 0 ? (
        <p className="card coord-empty">{props.emptyText}</p>
      ) : (
        props.children
      )}
    </section>
  );
}

function Claims(props: {
  items: ReviewQueue['claims'];
  pairings: Map<number, PairingSummary>;
  notify: Notify;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <ReviewSection
      headingId="review-claims"
      anchor="claims"
      title={t('coordinator.review.claimsTitle')}
      items={props.items}
      emptyText={t('coordinator.review.claimsEmpty')}
    >
      <ul className="coord-items">
        {props.items.map((c) => {
          const amount = fmt.money(c.amountCents);
          const period = fmt.period(c.periodStart, c.periodEnd);
          const periodInline = fmt.periodInline(c.periodStart, c.periodEnd);
          const summary = props.pairings.get(c.pairingId);
          return (
            <li key={c.id} className="card coord-item">
              <h3 className="coord-item__title">
                {t('coordinator.review.claimHeading', { payee: c.businessName, amount })}
              </h3>
              <PairingLine pairingId={c.pairingId} summary={summary} />
              <dl className="coord-item__facts">
                <div className="coord-item__wide">
                  <dt>{t('coordinator.review.period')}</dt>
                  <dd>{period}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.hours')}</dt>
                  <dd>
                    {t('coordinator.review.hoursValue', {
                      hours: fmt.number(c.hoursWorkedHundredths / 100),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.gross')}</dt>
                  <dd>{fmt.money(c.grossWagesCents)}</dd>
                </div>
                {summary ? (
                  <div>
                    <dt>{t('coordinator.review.agreedWage')}</dt>
                    <dd>
                      {t('coordinator.common.perHour', {
                        amount: fmt.money(summary.hourlyWageCents),
                      })}
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('coordinator.review.computed')}</dt>
                  <dd className="coord-strong">{amount}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.submittedAt')}</dt>
                  <dd>{fmt.shortDate(quebecDate(c.submittedAt))}</dd>
                </div>
              </dl>
              <ReviewActions
                kind="claim"
                id={c.id}
                payee={c.businessName}
                amount={amount}
                context={t('coordinator.review.claimContext', {
                  payee: c.businessName,
                  period: periodInline,
                  amount,
                })}
                notify={props.notify}
                section="review-claims"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

function Tranches(props: {
  items: ReviewQueue['tranches'];
  pairings: Map<number, PairingSummary>;
  notify: Notify;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <ReviewSection
      headingId="review-tranches"
      anchor="tranches"
      title={t('coordinator.review.tranchesTitle')}
      items={props.items}
      emptyText={t('coordinator.review.tranchesEmpty')}
    >
      <ul className="coord-items">
        {props.items.map((tr) => {
          const amount = fmt.money(tr.amountCents);
          const milestone = t(`coordinator.milestone.${tr.milestone}`);
          return (
            <li key={tr.id} className="card coord-item">
              <h3 className="coord-item__title">
                {t('coordinator.review.trancheHeading', {
                  payee: tr.organisationName,
                  amount,
                })}
              </h3>
              <PairingLine pairingId={tr.pairingId} summary={props.pairings.get(tr.pairingId)} />
              <dl className="coord-item__facts">
                <div>
                  <dt>{t('coordinator.review.milestone')}</dt>
                  <dd>{t(`coordinator.milestoneName.${tr.milestone}`)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.dueOn')}</dt>
                  <dd>{fmt.shortDate(tr.dueOn)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.computed')}</dt>
                  <dd className="coord-strong">{amount}</dd>
                </div>
              </dl>
              <ReviewActions
                kind="tranche"
                id={tr.id}
                payee={tr.organisationName}
                amount={amount}
                context={t('coordinator.review.trancheContext', {
                  payee: tr.organisationName,
                  milestone,
                  amount,
                })}
                notify={props.notify}
                section="review-tranches"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

type ToPayItem = ReviewQueue['toPay'][number];

function payeeOf(e: ToPayItem): string {
  return e.payeeBusiness ?? e.payeeOrganisation ?? '—';
}

/**
 * Several approved entries paid the same day with the same reference (one batch of transfers):
 * recorded one after the other; a refusal stops the batch and says which entry, the ones before
 * it staying recorded (each payment is its own transaction).
 */
function BatchPaid(props: {
  entries: ToPayItem[];
  notify: Notify;
  section: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  useFocusInvalid(formRef, error);
  const markPaid = useMutation(trpc.money.markPaid.mutationOptions());
  const total = fmt.money(sum(props.entries));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const first = props.entries[0];
    if (!first) return;
    const v = validate(markPaidInput, { ledgerEntryId: first.id, paidOn, reference }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    let done = 0;
    for (const entry of props.entries) {
      setProgress(done);
      try {
        await markPaid.mutateAsync({ ...v.data, ledgerEntryId: entry.id });
        done += 1;
      } catch (err) {
        setProgress(null);
        setError({
          message: [
            t('coordinator.review.batchStopped', {
              payee: payeeOf(entry),
              amount: fmt.money(entry.amountCents),
              message: describeError(err, t).message ?? '',
            }),
            done > 0 ? t('coordinator.review.batchKept', { count: done }) : '',
          ]
            .join(' ')
            .trim(),
          fields: {},
        });
        await refresh();
        return;
      }
    }
    setProgress(null);
    props.notify(
      t('coordinator.review.done.batchPaid', {
        count: done,
        amount: total,
        reference: v.data.reference,
      }),
      props.section,
    );
    props.onClose();
    await refresh();
  }
  return (
    <form ref={formRef} className="stack coord-inline-form" onSubmit={submit} noValidate>
      <p ref={titleRef} tabIndex={-1} className="coord-inline-form__title">
        {t('coordinator.review.batchTitle', { count: props.entries.length, amount: total })}
      </p>
      <p className="field__hint">{t('coordinator.review.batchHint')}</p>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <PaymentFields
        paidOn={paidOn}
        onPaidOnChange={setPaidOn}
        reference={reference}
        onReferenceChange={setReference}
        error={error}
      />
      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={progress !== null}>
          {t('coordinator.review.confirmBatch', { count: props.entries.length })}
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onClose}
          disabled={progress !== null}
        >
          {t('coordinator.common.cancel')}
        </button>
      </div>
      {progress !== null ? (
        <p role="status" className="coord-muted">
          {t('coordinator.review.batchProgress', { done: progress, count: props.entries.length })}
        </p>
      ) : null}
    </form>
  );
}

function ToPay(props: { items: ReviewQueue['toPay']; reversedCount: number; notify: Notify }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [batchOpen, setBatchOpen] = useState(false);
  const batchButton = useRef<HTMLButtonElement>(null);
  // Entries paid meanwhile (here or elsewhere) leave the selection.
  const chosen = props.items.filter((e) => selected.has(e.id));
  const allChosen = props.items.length > 0 && chosen.length === props.items.length;
  const toggle = (id: number, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <ReviewSection
      headingId="review-topay"
      anchor="to-pay"
      title={t('coordinator.review.toPayTitle')}
      items={props.items}
      emptyText={t('coordinator.review.toPayEmpty')}
    >
      {props.reversedCount > 0 ? (
        <p className="coord-muted">
          {t('coordinator.review.reversedUnpaid', { count: props.reversedCount })}
        </p>
      ) : null}
      <div className="coord-batch">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allChosen}
            onChange={(e) =>
              setSelected(e.target.checked ? new Set(props.items.map((i) => i.id)) : new Set())
            }
          />
          {t('coordinator.review.selectAll')}
        </label>
        <span className="coord-muted" aria-live="polite">
          {chosen.length > 0
            ? t('coordinator.review.selected', {
                count: chosen.length,
                amount: fmt.money(sum(chosen)),
              })
            : null}
        </span>
        <button
          ref={batchButton}
          type="button"
          className="button button--small"
          disabled={chosen.length === 0}
          aria-expanded={batchOpen}
          onClick={() => setBatchOpen((o) => !o)}
        >
          {t('coordinator.review.batchPaid')}
        </button>
      </div>
      {batchOpen && chosen.length > 0 ? (
        <BatchPaid
          entries={chosen}
          notify={(text, section) => {
            setSelected(new Set());
            props.notify(text, section);
          }}
          section="review-topay"
          onClose={() => {
            setBatchOpen(false);
            batchButton.current?.focus();
          }}
        />
      ) : null}
      <ul className="coord-items coord-items--compact">
        {props.items.map((e) => {
          const payee = payeeOf(e);
          const amount = fmt.money(e.amountCents);
          return (
            <li key={e.id} className="card coord-item">
              <div className="coord-item__head">
                <input
                  type="checkbox"
                  className="coord-check"
                  checked={selected.has(e.id)}
                  onChange={(ev) => toggle(e.id, ev.target.checked)}
                  aria-label={t('coordinator.review.select', { payee, amount })}
                />
                <div>
                  <h3 className="coord-item__title">
                    {t('coordinator.review.claimHeading', { payee, amount })}
                  </h3>
                  <p className="coord-item__meta">
                    {t(`coordinator.ledgerKind.${e.kind}`)} ·{' '}
                    {t('coordinator.review.approvedOn', {
                      date: fmt.shortDate(quebecDate(e.createdAt)),
                    })}{' '}
                    · {t('coordinator.review.entryRef', { id: e.id })}
                  </p>
                </div>
              </div>
              <MarkPaid
                ledgerEntryId={e.id}
                payee={payee}
                amount={amount}
                notify={props.notify}
                section="review-topay"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

export function ReviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { queue, toPay } = useReviewQueue();
  const pairings = useQuery(trpc.pairings.list.queryOptions({ limit: 500 }));
  const [message, setMessage] = useState<{ text: string; section: string } | null>(null);
  const byId = new Map((pairings.data?.items ?? []).map((p) => [p.id, p]));
  // After an item leaves its list, keyboard focus goes back to that list's heading.
  useEffect(() => {
    if (message) document.getElementById(message.section)?.focus();
  }, [message]);
  // Links from the home page (#to-pay) land on their section once it is there.
  const loaded = queue.data !== undefined;
  useEffect(() => {
    if (loaded && window.location.hash) {
      document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    }
  }, [loaded]);
  const notify: Notify = (text, section) => setMessage({ text, section });
  return (
    <>
      <PageTitle>{t('coordinator.review.title')}</PageTitle>
      <p className="coord-intro">{t('coordinator.review.intro')}</p>
      <ErrorAlert>{queue.error ? describeError(queue.error, t).message : null}</ErrorAlert>
      {queue.data ? (
        <MessageContext.Provider value={message}>
          <Claims items={queue.data.claims} pairings={byId} notify={notify} />
          <Tranches items={queue.data.tranches} pairings={byId} notify={notify} />
          <ToPay
            items={toPay}
            reversedCount={queue.data.toPay.length - toPay.length}
            notify={notify}
          />
        </MessageContext.Provider>
      ) : queue.isPending ? (
        <LoadingStatus />
      ) : null}
    </>
  );
}
