import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import i18next, { type TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { backoffDelay } from './backoff';
import { fieldMessage, problemMessage, toApiProblems } from './errors';

const nl = JSON.parse(readFileSync('apps/web/src/i18n/nl.json', 'utf8'));
const en = JSON.parse(readFileSync('apps/web/src/i18n/en.json', 'utf8'));
let t: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng: 'nl', interpolation: { escapeValue: false } });
  instance.services.formatter?.add('lowercase', (value: unknown) => String(value).toLowerCase());
  t = instance.t;
});

function graphQLError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });
}

describe('API errors in plain words', () => {
  it.each([
    ['UNAUTHENTICATED', 'Je bent niet (meer) ingelogd. Log opnieuw in.'],
    ['FORBIDDEN', 'Dit mag je niet doen met jouw account.'],
    ['NOT_FOUND', 'We kunnen dit niet vinden. Misschien is het weggehaald.'],
    ['CONFLICT', 'Dit kan nu niet. Iemand anders heeft het net veranderd, of het bestaat al.'],
    ['SERVICE_UNAVAILABLE', 'Buurtbrug werkt nu even niet goed. Probeer het over een paar minuten opnieuw.'],
    ['TOO_MANY_REQUESTS', 'Je hebt het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.'],
    ['SOMETHING_NEW', 'Er ging iets mis. Probeer het opnieuw.'],
  ])('%s becomes one clear Dutch sentence', (code, sentence) => {
    const [problem] = toApiProblems(graphQLError({ code }));
    expect(problemMessage(problem, t)).toBe(sentence);
  });

  it('keeps the correlation id of an internal error so a person can quote it', () => {
    const [problem] = toApiProblems(graphQLError({ code: 'INTERNAL_SERVER_ERROR', correlationId: 'abc-123' }));
    expect(problemMessage(problem, t)).toContain('abc-123');
  });

  it('prefers the domain reason when there is a sentence for it', () => {
    const [problem] = toApiProblems(graphQLError({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' }));
    expect(problemMessage(problem, t)).toMatch(/^Er is al een account met dit e-mailadres/);
  });

  it('reads BAD_USER_INPUT fields', () => {
    const [problem] = toApiProblems(graphQLError({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'password must be at least 8 characters' }, { bad: 1 }] }));
    expect(problem.fields).toEqual([{ field: 'password', message: 'password must be at least 8 characters' }]);
  });

  it('maps transport failures', () => {
    expect(toApiProblems(new TypeError('Failed to fetch'))[0].code).toBe('NETWORK');
    const overloaded = new ServerError('busy', { response: new Response('', { status: 503 }), bodyText: '' });
    expect(toApiProblems(overloaded)[0].code).toBe('SERVICE_UNAVAILABLE');
  });

  it.each([
    ['password must be at least 8 characters', 'Wachtwoord', 'Wachtwoord moet minstens 8 tekens hebben.'],
    ['title must be shorter than or equal to 120 characters', 'Titel', 'Titel mag niet meer dan 120 tekens hebben.'],
    ['email must be a valid email address', 'E-mailadres', 'Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.'],
    ['displayName should not be empty', 'Je voornaam', 'Vul je voornaam in.'],
    ['capacity must not be less than 1', 'Aantal plekken', 'Aantal plekken moet 1 of meer zijn.'],
    ['something odd', 'Titel', 'Titel: dit klopt niet. Kijk het na.'],
  ])('says "%s" again about the field, in Dutch', (message, label, sentence) => {
    expect(fieldMessage({ field: 'x', message }, label, t)).toBe(sentence);
  });
});

describe('WebSocket reconnect backoff', () => {
  it('grows exponentially with jitter and stays under 30 s', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(20, () => 1)).toBe(30000);
    expect(backoffDelay(20, () => 0)).toBe(15000);
  });
});
