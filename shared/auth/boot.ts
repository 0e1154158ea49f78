// What the server writes into the page an HTML navigation gets, for the app's first render
// (server/http/appShell.ts writes it, web/src/lib/boot.ts reads it): the signed-in user, as
// auth.me answers, so the first screen does not wait a round trip to learn who is there.

/** The id of the page's data block (`<script type="application/json">`, never run). */
export const BOOT_ELEMENT_ID = 'passerelle-boot';
