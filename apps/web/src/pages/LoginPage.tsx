import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session';
import { AppLink } from '../components/AppLink';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { graphql } from '../gql';
import { homeFor, safeNext } from './home-for';

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      account {
        id
        role
      }
    }
  }
`);

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [login, { loading }] = useMutation(LOGIN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fields = {
    email: { id: 'login-email', label: t('login.email') },
    password: { id: 'login-password', label: t('login.password') },
  };
  const errors = useFormErrors(fields, { reasonToField: {} });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(email.trim() ? [] : [{ field: 'email', key: 'required' }]),
      ...(password ? [] : [{ field: 'password', key: 'required' }]),
    ];
    if (errors.check(missing)) return;
    try {
      const result = await login({ variables: { input: { email: email.trim(), password } } });
      await session.signedIn();
      navigate(safeNext(params.get('next')) ?? homeFor(result.data?.login.account.role), { replace: true });
    } catch (error) {
      // Inputs keep their values; only the password is worth retyping, so it stays too.
      errors.handle(error);
    }
  }

  return (
    <>
      <PageHeading>{t('login.title')}</PageHeading>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form" aria-describedby="login-intro">
        <Paragraph id="login-intro">{t('login.intro')}</Paragraph>
        <TextField name="email" spec={fields.email} errors={errors} type="email" autoComplete="email" value={email} onChange={setEmail} />
        <TextField
          name="password"
          spec={fields.password}
          errors={errors}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('login.submit')}
        </Button>
      </form>
      <Paragraph>
        {t('login.noAccount')} <AppLink to="/register">{t('login.toRegister')}</AppLink>
      </Paragraph>
    </>
  );
}
