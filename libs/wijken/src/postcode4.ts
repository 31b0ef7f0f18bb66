/**
 * The 4-digit part of a Dutch postcode ("1211", "1211 AB", "1211ab"), or null when the input is
 * not a postcode. Only the digits are ever stored: never a street-level location.
 */
export function toPostcode4(input: string): string | null {
  const match = /^([1-9][0-9]{3})(?:[A-Z]{2})?$/.exec(input.replace(/\s+/g, '').toUpperCase());
  return match ? match[1] : null;
}
