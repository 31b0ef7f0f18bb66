import { forwardRef } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

/** A router link that looks and behaves like the NL Design System link. */
export const AppLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function AppLink({ className, ...props }, ref) {
  return <RouterLink ref={ref} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
});

const BUTTON_APPEARANCE = {
  primary: 'utrecht-button-link--primary-action',
  secondary: 'utrecht-button-link--secondary-action',
  subtle: 'utrecht-button-link--subtle',
} as const;

/** A router link that looks like a button (for a navigation that reads as an action). */
export const AppButtonLink = forwardRef<HTMLAnchorElement, RouterLinkProps & { appearance?: keyof typeof BUTTON_APPEARANCE }>(
  function AppButtonLink({ className, appearance = 'primary', ...props }, ref) {
    return (
      <RouterLink
        ref={ref}
        className={['utrecht-button-link', 'utrecht-button-link--html-a', BUTTON_APPEARANCE[appearance], className].filter(Boolean).join(' ')}
        {...props}
      />
    );
  },
);
