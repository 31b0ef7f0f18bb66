import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';

export const GRAPHQL_LIMITS = {
  depth: 12,
  aliases: 30,
  directives: 50,
  cost: 20_000,
  /** graphql-js lexer limit; replaces graphql-armor's max-tokens plugin (500s under Apollo 5). */
  tokens: 5_000,
} as const;

/**
 * graphql-armor's limits as plain validation rules, so the same list guards HTTP (Apollo
 * `validationRules`) and WebSocket (graphql-ws `onSubscribe`), which Apollo does not cover.
 * `allowList: []` makes `__typename` aliases count too; introspection is not exempt from depth.
 */
export function createValidationRules(options: { introspection: boolean }): ValidationRule[] {
  // Report as validation errors; the rules' default is to throw, which Apollo turns into a 500.
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  const rules: ValidationRule[] = [
    maxDepthRule({ n: GRAPHQL_LIMITS.depth, ignoreIntrospection: false, flattenFragments: true, exposeLimits: true, ...report }),
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, allowList: [], exposeLimits: true, ...report }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, exposeLimits: true, ...report }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, ignoreIntrospection: false, flattenFragments: true, exposeLimits: true, ...report }),
  ] as ValidationRule[];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
