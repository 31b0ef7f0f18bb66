import 'reflect-metadata';
import type { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DOMAIN_MODULES } from '../domain-modules.js';

// Keys @nestjs/graphql writes on @Resolver() and @Scalar() classes (graphql.constants, not exported from the entry).
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const SCALAR_NAME_METADATA = 'graphql:scalar_name';

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => unknown };
type ProviderClass = Type<unknown>;

/** Every provider class reachable from the domain modules, following their imports. */
function providerClasses(modules: readonly ModuleRef[]): ProviderClass[] {
  const seen = new Set<unknown>();
  const classes = new Set<ProviderClass>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || seen.has(ref) || ref instanceof Promise) return;
    seen.add(ref);
    if ('forwardRef' in ref && typeof ref.forwardRef === 'function') return visit(ref.forwardRef() as ModuleRef);
    const dynamic = typeof ref === 'function' ? undefined : (ref as DynamicModule);
    const cls = typeof ref === 'function' ? ref : dynamic?.module;
    const providers = [
      ...((cls && Reflect.getMetadata(MODULE_METADATA.PROVIDERS, cls)) ?? []),
      ...(dynamic?.providers ?? []),
    ] as unknown[];
    for (const provider of providers) {
      if (typeof provider === 'function') classes.add(provider as ProviderClass);
      else if (provider && typeof provider === 'object' && 'useClass' in provider && typeof provider.useClass === 'function') classes.add(provider.useClass as ProviderClass);
    }
    const imports = [...((cls && Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls)) ?? []), ...(dynamic?.imports ?? [])] as ModuleRef[];
    imports.forEach(visit);
  };
  modules.forEach((m) => visit(m as ModuleRef));
  return [...classes];
}

/**
 * The API's code-first schema exactly as the running app builds it (same scalar mode, sorted),
 * but without a database or any other server: the web app's codegen needs only the types.
 */
export async function printApiSchema(): Promise<string> {
  const classes = providerClasses(DOMAIN_MODULES);
  const resolvers = classes.filter((c) => Reflect.hasMetadata(RESOLVER_NAME_METADATA, c) || Reflect.hasMetadata(RESOLVER_TYPE_METADATA, c));
  const scalars = classes.filter((c) => Reflect.hasMetadata(SCALAR_NAME_METADATA, c));
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: ['error'] });
  try {
    const factory = context.get(GraphQLSchemaFactory);
    const schema = await factory.create(resolvers, scalars, { dateScalarMode: 'isoDate' });
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await context.close();
  }
}
