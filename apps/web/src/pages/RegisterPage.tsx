import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { AppLink } from '../components/AppLink';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { graphql } from '../gql';

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      expiresAt
      account {
        id
        role
      }
    }
  }
`);

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [register, { loading }] = useMutation(REGISTER);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fields = {
    displayName: { id: 'register-name', label: t('register.displayName') },
    email: { id: 'register-email', label: t('register.email') },
    password: { id: 'register-password', label: t('register.password') },
  };
  const errors = useFormErrors(fields, { reasonToField: { EMAIL_TAKEN: 'email' } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(displayName.trim() ? [] : [{ field: 'displayName', key: 'required' }]),
      ...(email.trim() ? [] : [{ field: 'email', key: 'required' }]),
      ...(password ? [] : [{ field: 'password', key: 'required' }]),
    ];
    if (errors.check(missing)) return;
    try {
      await register({ variables: { input: { displayName: displayName.trim(), email: email.trim(), password } } });
      await session.signedIn();
      navigate('/account', { replace: true, state: { welcome: true } });
    } catch (error) {
      errors.handle(error);
    }
  }

  return (
    <>
      <PageHeading>{t('register.title')}</PageHeading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <TextField
          name="displayName"
          spec={fields.displayName}
          errors={errors}
          description={t('register.displayNameHelp')}
          autoComplete="given-name"
          maxLength={60}
          value={displayName}
          onChange={setDisplayName}
        />
        <TextField name="email" spec={fields.email} errors={errors} type="email" autoComplete="email" value={email} onChange={setEmail} />
        <TextField
          name="password"
          spec={fields.password}
          errors={errors}
          type="password"
          description={t('register.passwordHelp')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('register.submit')}
        </Button>
      </form>
      <Paragraph>
        {t('register.haveAccount')} <AppLink to="/login">{t('register.toLogin')}</AppLink>
      </Paragraph>
    </>
  );
}
