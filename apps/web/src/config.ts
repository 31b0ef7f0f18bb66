/**
 * The number people can call instead of using the app (printed on the wijkagenda and shown in the
 * footer). Set at build time with VITE_CONTACT_PHONE; the default is the municipal 14 + area code
 * number format used by Dutch municipalities.
 */
export const CONTACT_PHONE: string = import.meta.env.VITE_CONTACT_PHONE ?? '14 035';

/** `tel:` link target: digits only. */
export const CONTACT_PHONE_HREF = `tel:${CONTACT_PHONE.replace(/[^\d+]/g, '')}`;
