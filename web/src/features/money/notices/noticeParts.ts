// Small helpers of the payment-notice screens.

/** The notice as a PDF in a language (the same document as its page). */
export function noticePdfHref(noticeId: number, locale: string): string {
  return `/files/notices/${noticeId}.pdf?locale=${locale}`;
}
