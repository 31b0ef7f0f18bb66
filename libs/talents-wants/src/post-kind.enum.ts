import { registerEnumType } from '@nestjs/graphql';

export enum PostKind {
  OFFER = 'OFFER',
  REQUEST = 'REQUEST',
}

registerEnumType(PostKind, {
  name: 'PostKind',
  description: 'Whether a post offers something (aanbod) or asks for something (vraag).',
  valuesMap: {
    OFFER: { description: 'Aanbod: a talent, something the resident would like to do for others.' },
    REQUEST: { description: 'Vraag: a want, something the resident would like help or company with.' },
  },
});
