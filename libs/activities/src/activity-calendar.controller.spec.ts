import { webAppBaseUrl } from './activity-calendar.controller.js';

describe('links in calendar feeds', () => {
  it('use PUBLIC_URL when it is set, whatever Host the caller sent', () => {
    expect(webAppBaseUrl('https://buurtbrug.hilversum.nl/', 'http', 'evil.example')).toBe('https://buurtbrug.hilversum.nl');
  });

  it('otherwise follow the request, and never a host that is not a plain name', () => {
    expect(webAppBaseUrl(undefined, 'https', 'buurtbrug.example:8443')).toBe('https://buurtbrug.example:8443');
    expect(webAppBaseUrl(undefined, 'http', 'evil.example/"><script>')).toBe('http://localhost');
    expect(webAppBaseUrl(undefined, 'http', undefined)).toBe('http://localhost');
  });
});
