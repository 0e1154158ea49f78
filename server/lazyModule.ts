// Heavy libraries that only some requests need (spreadsheets, PDFs, the partner API's OpenAPI
// layer, passkeys, SMTP) are loaded on first use, not at start: together they were about 1.3 s
// of CPU of the 2 s a start took (PDFKit, 0.2 s more, joined them later), and `npm start` must
// answer within a second (README, Starting).
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

/** exceljs (writing workbooks: the report's download, the import template). */
export const excelJs = lazyModule(async () => (await import('exceljs')).default);

/** PDFKit (agreements and payment notices; ~180 ms to load, fonts' decoders included). */
export const pdfKit = lazyModule(async () => (await import('pdfkit')).default);

/** @simplewebauthn/server (passkeys: their options and the checks of their answers). */
export const webAuthn = lazyModule(() => import('@simplewebauthn/server'));

/** trpc-to-openapi (the partner API's endpoints and OpenAPI document). */
export const trpcToOpenApi = lazyModule(() => import('trpc-to-openapi'));

/** nodemailer (only when email is on, at the first delivery). */
export const nodemailerModule = lazyModule(async () => (await import('nodemailer')).default);
