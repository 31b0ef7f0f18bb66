import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  RESIDENT = 'RESIDENT',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  PROVIDER = 'PROVIDER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do.',
  valuesMap: {
    RESIDENT: { description: 'An inwoner: keeps a profile, posts offers and requests, answers proposals.' },
    SOCIAL_WORKER: { description: 'Sociaal werk: works for one or more wijken, curates and follows up.' },
    PROVIDER: { description: 'Aanbieder: member of an organisation, lists its activities.' },
    ADMIN: { description: 'Manages reference data, organisations and roles; sees aggregates.' },
  },
});
