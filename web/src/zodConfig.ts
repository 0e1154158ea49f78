// Zod without its JIT: zod 4 compiles object parsers with `new Function` when it may, and its
// probe for that (even caught) is an `eval` the Content-Security-Policy (script-src 'self')
// reports as a violation. Imported first by main.tsx, before any schema is built or used.
import { z } from 'zod';

z.config({ jitless: true });
